package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** A staff member left the conversation's participants. */
@Revision("1")
public record StaffLeft(ConversationId conversationId, StaffId staffId) implements ConversationEvent {}
