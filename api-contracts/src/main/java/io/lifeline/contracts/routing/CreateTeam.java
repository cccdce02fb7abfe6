package io.lifeline.contracts.routing;


import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a team of agents with a name and a routing strategy. */
public record CreateTeam(TeamId team, TeamName name, RoutingStrategy strategy) {
    public CreateTeam {
        Objects.requireNonNull(team, "team");
        name = Objects.requireNonNull(name, "name").validated();
        Objects.requireNonNull(strategy, "strategy");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
