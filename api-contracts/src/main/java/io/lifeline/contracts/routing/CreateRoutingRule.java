package io.lifeline.contracts.routing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a rule that sends the conversations it matches to a team; rules are tried by ascending order. */
public record CreateRoutingRule(RoutingRuleId rule, int order, RoutingMatch match, TeamId team) {
    public CreateRoutingRule {
        RoutingRules.requireRule(rule, order, match, team);
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
