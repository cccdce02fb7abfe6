package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;

/** Records that the client's user read every message up to a sequence. */
public record ReadFrame(ConversationId conversationId, Long upToSequence) implements ClientFrame {
    public ReadFrame {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(upToSequence, "upToSequence");
    }
}
