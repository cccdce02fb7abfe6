package io.lifeline.contracts.routing;


import org.axonframework.serialization.Revision;

/** An admin created a rule that sends the conversations it matches to a team. */
@Revision("1")
public record RoutingRuleCreated(RoutingRuleId rule, int order, RoutingMatch match, TeamId team) implements DeskEvent {}
