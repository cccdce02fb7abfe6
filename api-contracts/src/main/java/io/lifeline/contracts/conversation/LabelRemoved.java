package io.lifeline.contracts.conversation;

import org.axonframework.serialization.Revision;

/** A label was taken off the conversation. */
@Revision("1")
public record LabelRemoved(ConversationId conversationId, Label label) implements ConversationEvent {}
