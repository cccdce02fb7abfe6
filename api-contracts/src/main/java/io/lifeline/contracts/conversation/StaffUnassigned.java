package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** The conversation lost its assignee and went back to the unassigned queue. */
@Revision("1")
public record StaffUnassigned(ConversationId conversationId, StaffId formerAssignee) implements ConversationEvent {}
