package io.lifeline.contracts.routing;


import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a rule that sends the conversations it matches to a team; rules are tried by ascending order. */
public record CreateRoutingRule(RoutingRuleId rule, int order, RoutingMatch match, TeamId team) {
    public CreateRoutingRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(team, "team");
        RoutingRules.requireOrder(order);
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
