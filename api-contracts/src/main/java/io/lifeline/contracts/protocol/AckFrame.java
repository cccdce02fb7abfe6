package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageId;

/**
 * A sent message is stored: its message id and sequence. {@code duplicate} is true when the client
 * id had been used before and the first message's ids are returned.
 */
public record AckFrame(ClientMessageId clientId, ConversationId conversationId, MessageId messageId, long sequence,
                       boolean duplicate) implements ServerFrame {}
