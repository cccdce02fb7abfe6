package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one stored message or private note. */
public record MessageId(@JsonValue UUID value) {
    @JsonCreator
    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    public static MessageId parse(String text) {
        return new MessageId(UUID.fromString(text));
    }

    @Override
    public String toString() { // Axon keys aggregate streams by toString()
        return value.toString();
    }
}
