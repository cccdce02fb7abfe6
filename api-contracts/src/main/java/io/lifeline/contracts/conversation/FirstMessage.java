package io.lifeline.contracts.conversation;

import java.util.Objects;

/** The message a conversation may be started with, so a client needs one round trip, not two. */
public record FirstMessage(MessageId messageId, ClientMessageId clientMessageId, MessageContent content,
                           boolean urgent) {
    public FirstMessage {
        Objects.requireNonNull(messageId, "messageId");
        clientMessageId = Objects.requireNonNull(clientMessageId, "clientMessageId").validated();
        content = Objects.requireNonNull(content, "content").validated();
    }
}
