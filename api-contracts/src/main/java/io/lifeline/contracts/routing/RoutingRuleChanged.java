package io.lifeline.contracts.routing;


import org.axonframework.serialization.Revision;

/** A routing rule's order, match or team changed. */
@Revision("1")
public record RoutingRuleChanged(RoutingRuleId rule, int order, RoutingMatch match, TeamId team) implements DeskEvent {}
