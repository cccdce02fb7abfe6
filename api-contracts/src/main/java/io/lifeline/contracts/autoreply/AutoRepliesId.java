package io.lifeline.contracts.autoreply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** Names the one book of automated-reply rules, so that every change to them is one audited stream. */
public record AutoRepliesId(@JsonValue String value) {
    public static final AutoRepliesId RULES = new AutoRepliesId("automated-replies");

    @JsonCreator
    public AutoRepliesId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() { // Axon keys aggregate streams by toString()
        return value;
    }
}
