package io.lifeline.contracts.routing;


import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a team a new name. */
public record RenameTeam(TeamId team, TeamName name) {
    public RenameTeam {
        Objects.requireNonNull(team, "team");
        name = Objects.requireNonNull(name, "name").validated();
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
