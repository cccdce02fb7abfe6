package io.lifeline.contracts.conversation;

import org.axonframework.serialization.Revision;

/** The conversation's matter was settled. */
@Revision("1")
public record ConversationResolved(ConversationId conversationId) implements ConversationEvent {}
