package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;

/**
 * Asks for a conversation's events after a sequence: first the stored ones (the gap), then live
 * ones, with none missing and none twice. {@code after} is the last sequence the client has; -1
 * (or absent) asks for the whole conversation.
 */
public record SubscribeFrame(ConversationId conversationId, Long after) implements ClientFrame {
    public SubscribeFrame {
        Objects.requireNonNull(conversationId, "conversationId");
        after = after == null ? -1 : after;
        if (after < -1) {
            throw new IllegalArgumentException("after is a sequence (0 or more) or -1 for the whole conversation");
        }
    }
}
