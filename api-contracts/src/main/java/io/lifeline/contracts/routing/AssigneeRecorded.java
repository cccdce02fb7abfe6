package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import org.axonframework.serialization.Revision;

/** A person assigned a conversation, and the desk counts it against that agent from now on. */
@Revision("1")
public record AssigneeRecorded(ConversationId conversationId, StaffId assignee, StaffId previousAssignee) implements SeatEvent {}
