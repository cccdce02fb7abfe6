package io.lifeline.contracts.routing;


import org.axonframework.serialization.Revision;

/** An admin created a team of agents. */
@Revision("1")
public record TeamCreated(TeamId team, TeamName name, RoutingStrategy strategy) implements DeskEvent {}
