package io.lifeline.contracts.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Names the routing desk; there is one, so that every seat decision is made in one consistency boundary. */
public record DeskId(@JsonValue String value) {
    /** The one desk every team, rule and seat belongs to. */
    public static final DeskId DESK = new DeskId("routing-desk");

    @JsonCreator
    public DeskId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() { // Axon keys aggregate streams by toString()
        return value;
    }
}
