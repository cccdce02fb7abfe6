package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** An agent stopped being a member of a team. */
@Revision("1")
public record TeamMemberRemoved(TeamId team, StaffId agent) implements DeskEvent {}
