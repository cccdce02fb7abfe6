package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;

/** The visitor rates a resolved conversation: {@code rating} 1 to 5, {@code comment} optional. */
public record RateFrame(ConversationId conversationId, Integer rating, String comment) implements ClientFrame {
    public RateFrame {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(rating, "rating");
    }
}
