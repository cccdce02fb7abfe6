package io.lifeline.contracts.responsetarget;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Names the one book of response targets, so that every change to them is one audited stream. */
public record ResponseTargetsId(@JsonValue String value) {
    public static final ResponseTargetsId TARGETS = new ResponseTargetsId("response-targets");

    @JsonCreator
    public ResponseTargetsId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() { // Axon keys aggregate streams by toString()
        return value;
    }
}
