package io.lifeline.contracts.routing;


import org.axonframework.serialization.Revision;

/** A team got a new name. */
@Revision("1")
public record TeamRenamed(TeamId team, TeamName name, TeamName previousName) implements DeskEvent {}
