package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;

/** Records that the client received every message up to a sequence. */
public record DeliveredFrame(ConversationId conversationId, Long upToSequence) implements ClientFrame {
    public DeliveredFrame {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(upToSequence, "upToSequence");
    }
}
