package io.lifeline.command.routing;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.routing.RoutingRuleId;

/** Refused because no routing rule has this id. */
class RoutingRuleNotFound extends CommandRefused {
    RoutingRuleNotFound(RoutingRuleId rule) {
        super(Reason.NOT_FOUND, "routing-rule-not-found", "no routing rule " + rule);
    }
}
