package io.lifeline.contracts.routing;


import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove a routing rule; conversations waiting keep their place and are matched anew. */
public record RemoveRoutingRule(RoutingRuleId rule) {
    public RemoveRoutingRule {
        Objects.requireNonNull(rule, "rule");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
