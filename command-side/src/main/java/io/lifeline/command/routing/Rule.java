package io.lifeline.command.routing;

import io.lifeline.contracts.routing.RoutingMatch;
import io.lifeline.contracts.routing.RoutingRuleId;
import io.lifeline.contracts.routing.RoutingTicket;
import io.lifeline.contracts.routing.TeamId;

/** A routing rule as the desk keeps it; rules are tried by ascending order, then as they were created. */
record Rule(RoutingRuleId id, int order, RoutingMatch match, TeamId team) {
    boolean matches(RoutingTicket ticket) {
        return match.matches(ticket.context(), ticket.channel());
    }
}
