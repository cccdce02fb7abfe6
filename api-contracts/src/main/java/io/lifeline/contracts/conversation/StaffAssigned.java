package io.lifeline.contracts.conversation;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** A staff member became the conversation's assignee, replacing the previous one if any. */
@Revision("1")
public record StaffAssigned(ConversationId conversationId, StaffId assignee, StaffId previousAssignee, AssignmentReason reason) implements ConversationEvent {}
