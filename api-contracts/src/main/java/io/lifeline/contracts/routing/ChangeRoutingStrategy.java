package io.lifeline.contracts.routing;


import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change how a team picks among its available agents. */
public record ChangeRoutingStrategy(TeamId team, RoutingStrategy strategy) {
    public ChangeRoutingStrategy {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(strategy, "strategy");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
