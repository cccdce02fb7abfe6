package io.lifeline.contracts.conversation;

/**
 * The answer to a command on a conversation: the sequence number of the last event it stored, or
 * the conversation's current sequence when the command changed nothing (a repeat).
 */
public record CommandAccepted(ConversationId conversationId, long sequence) {}
