package io.lifeline.contracts.conversation;

import org.axonframework.serialization.Revision;

/** The conversation was tagged with a label. */
@Revision("1")
public record LabelAdded(ConversationId conversationId, Label label) implements ConversationEvent {}
