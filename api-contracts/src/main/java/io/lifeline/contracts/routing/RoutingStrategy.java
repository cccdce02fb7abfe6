package io.lifeline.contracts.routing;

/**
 * How a team picks among its available agents with a free seat: in turn after the last one picked,
 * or the one holding the fewest conversations (ties in the team's member order).
 */
public enum RoutingStrategy {
    ROUND_ROBIN, LEAST_LOADED
}
