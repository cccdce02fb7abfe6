package io.lifeline.contracts.routing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change what a routing rule matches, its order or its team. */
public record ChangeRoutingRule(RoutingRuleId rule, int order, RoutingMatch match, TeamId team) {
    public ChangeRoutingRule {
        RoutingRules.requireRule(rule, order, match, team);
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
