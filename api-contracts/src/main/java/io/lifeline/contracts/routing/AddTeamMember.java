package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make an agent a member of a team, so that the team's conversations may be routed to them. */
public record AddTeamMember(TeamId team, StaffId agent) {
    public AddTeamMember {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(agent, "agent");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
