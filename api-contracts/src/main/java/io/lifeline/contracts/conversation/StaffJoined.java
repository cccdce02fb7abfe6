package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** A staff member joined the conversation as a participant. */
@Revision("1")
public record StaffJoined(ConversationId conversationId, StaffId staffId) implements ConversationEvent {}
