package io.lifeline.contracts.conversation;

import org.axonframework.serialization.Revision;

/** The conversation ended for good. */
@Revision("1")
public record ConversationClosed(ConversationId conversationId) implements ConversationEvent {}
