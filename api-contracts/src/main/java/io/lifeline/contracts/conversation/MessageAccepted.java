package io.lifeline.contracts.conversation;

/**
 * The answer to a sent message: the stored message id and its sequence number in the conversation.
 * {@code duplicate} is true when the client id was known and nothing new was stored.
 */
public record MessageAccepted(ConversationId conversationId, MessageId messageId, long sequence, boolean duplicate) {}
