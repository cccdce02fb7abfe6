package io.lifeline.contracts.routing;


import org.axonframework.serialization.Revision;

/** A team's way of picking among its agents changed. */
@Revision("1")
public record RoutingStrategyChanged(TeamId team, RoutingStrategy strategy, RoutingStrategy previousStrategy) implements DeskEvent {}
