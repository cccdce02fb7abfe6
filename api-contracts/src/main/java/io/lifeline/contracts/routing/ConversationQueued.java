package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import org.axonframework.serialization.Revision;

/** No agent of its team had a free seat, so the conversation waits in the team's queue (or for a rule that matches it, when the team is null). */
@Revision("1")
public record ConversationQueued(ConversationId conversationId, RoutingTicket ticket, TeamId team, RoutingRuleId rule, int position, StaffId leftBy) implements SeatEvent {}
