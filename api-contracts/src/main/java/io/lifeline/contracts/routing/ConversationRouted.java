package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import org.axonframework.serialization.Revision;

/** The desk gave a conversation a seat with an agent, for the reason it records. */
@Revision("1")
public record ConversationRouted(ConversationId conversationId, RoutingTicket ticket, StaffId agent, StaffId replacing, RoutingDecision decision) implements SeatEvent {}
