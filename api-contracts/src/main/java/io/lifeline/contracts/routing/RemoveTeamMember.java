package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take an agent out of a team; conversations they hold stay with them. */
public record RemoveTeamMember(TeamId team, StaffId agent) {
    public RemoveTeamMember {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(agent, "agent");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
