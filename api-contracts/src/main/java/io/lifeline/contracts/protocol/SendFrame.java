package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import java.util.Objects;

/**
 * Sends a message. The client's own id makes it safe to resend: the same id is stored once and
 * acknowledged again with the first message's id and sequence.
 */
public record SendFrame(ClientMessageId clientId, ConversationId conversationId, MessageContent content,
                        MessageId replyTo, Boolean urgent) implements ClientFrame {
    public SendFrame {
        clientId = Objects.requireNonNull(clientId, "clientId").validated();
        Objects.requireNonNull(conversationId, "conversationId");
        content = Objects.requireNonNull(content, "content").validated();
        urgent = Boolean.TRUE.equals(urgent);
    }

    public static SendFrame text(ClientMessageId clientId, ConversationId conversationId, String text) {
        return new SendFrame(clientId, conversationId, MessageContent.text(text), null, false);
    }
}
