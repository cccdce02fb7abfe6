package io.lifeline.command.routing;

import io.lifeline.contracts.CommandRefused;

/** Refused because teams, rules and capacities are for admins, an agent's availability for that agent, seats for the desk. */
class RoutingNotPermitted extends CommandRefused {
    RoutingNotPermitted(String detail) {
        super(Reason.FORBIDDEN, "routing-not-permitted", detail);
    }
}
