package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;

/** Stops a conversation's events on this connection. */
public record UnsubscribeFrame(ConversationId conversationId) implements ClientFrame {
    public UnsubscribeFrame {
        Objects.requireNonNull(conversationId, "conversationId");
    }
}
