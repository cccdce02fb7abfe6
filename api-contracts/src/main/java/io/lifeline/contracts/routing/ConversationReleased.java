package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import org.axonframework.serialization.Revision;

/** The desk stopped counting a conversation against its agent (or took it out of the queue when the agent is null). */
@Revision("1")
public record ConversationReleased(ConversationId conversationId, StaffId agent) implements SeatEvent {}
