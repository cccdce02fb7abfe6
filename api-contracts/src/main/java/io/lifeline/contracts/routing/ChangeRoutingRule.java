package io.lifeline.contracts.routing;


import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change what a routing rule matches, its order or its team. */
public record ChangeRoutingRule(RoutingRuleId rule, int order, RoutingMatch match, TeamId team) {
    public ChangeRoutingRule {
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
