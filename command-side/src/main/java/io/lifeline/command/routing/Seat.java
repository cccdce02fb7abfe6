package io.lifeline.command.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.routing.RoutingTicket;

/**
 * A conversation counted against an agent. The ticket is null for one the desk never routed (a person
 * assigned it before it was ever queued): such a seat counts, but is not handed on when its agent leaves.
 */
record Seat(StaffId agent, RoutingTicket ticket) {}
