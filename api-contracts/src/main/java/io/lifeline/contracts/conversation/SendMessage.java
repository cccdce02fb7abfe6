package io.lifeline.contracts.conversation;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a message to a conversation; a resend with the same client id is stored once. */
public record SendMessage(@TargetAggregateIdentifier ConversationId conversationId, MessageId messageId, ClientMessageId clientMessageId, MessageContent content, MessageId replyTo, boolean urgent) implements ConversationCommand {
    public SendMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(messageId, "messageId");
        clientMessageId = Objects.requireNonNull(clientMessageId, "clientMessageId").validated();
        content = Objects.requireNonNull(content, "content").validated();
        if (content.kind() == MessageKind.SYSTEM) {
            throw new IllegalArgumentException("SYSTEM messages are written by rules, not sent");
        }
    }
}
