package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** An agent became a member of a team. */
@Revision("1")
public record TeamMemberAdded(TeamId team, StaffId agent) implements DeskEvent {}
