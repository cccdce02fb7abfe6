package io.lifeline.contracts.conversation;

import org.axonframework.serialization.Revision;

/** A resolved or snoozed conversation came back into the open queue. */
@Revision("1")
public record ConversationReopened(ConversationId conversationId) implements ConversationEvent {}
