package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ConversationId;
import java.util.Objects;

/**
 * Someone started or stopped typing in a conversation. From a client {@code actor} is absent (the
 * bridge knows who it is); to a client it names who types. Never stored.
 */
public record TypingFrame(ConversationId conversationId, String actor, Boolean typing) implements ClientFrame, ServerFrame {
    public TypingFrame {
        Objects.requireNonNull(conversationId, "conversationId");
        typing = !Boolean.FALSE.equals(typing); // absent means started typing
    }
}
