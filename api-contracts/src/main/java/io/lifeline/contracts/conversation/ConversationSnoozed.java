package io.lifeline.contracts.conversation;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The conversation was put aside until a time or until the device writes again. */
@Revision("1")
public record ConversationSnoozed(ConversationId conversationId, Instant until) implements ConversationEvent {}
