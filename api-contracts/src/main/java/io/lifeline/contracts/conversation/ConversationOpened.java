package io.lifeline.contracts.conversation;

/**
 * The answer to starting a conversation: its id, whether an existing one was returned instead of a
 * new one, the sequence of its last event, and the first message's acceptance if one was sent.
 */
public record ConversationOpened(ConversationId conversationId, boolean existing, long sequence,
                                 MessageAccepted firstMessage) {}
