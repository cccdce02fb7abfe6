package io.lifeline.contracts.conversation;

import org.axonframework.serialization.Revision;

/** The conversation's priority was changed. */
@Revision("1")
public record PriorityChanged(ConversationId conversationId, Priority priority, Priority previousPriority) implements ConversationEvent {}
