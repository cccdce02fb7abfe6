package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one conversation; random, so it cannot be guessed from another. */
public record ConversationId(@JsonValue UUID value) {
    @JsonCreator
    public ConversationId {
        Objects.requireNonNull(value, "value");
    }

    public static ConversationId random() {
        return new ConversationId(UUID.randomUUID());
    }

    public static ConversationId parse(String text) {
        return new ConversationId(UUID.fromString(text));
    }

    @Override
    public String toString() { // Axon keys aggregate streams by toString()
        return value.toString();
    }
}
