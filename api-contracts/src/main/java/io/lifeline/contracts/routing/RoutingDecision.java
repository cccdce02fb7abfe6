package io.lifeline.contracts.routing;

/**
 * Why an agent got a conversation: the rule that picked the team (null when none was needed, as for
 * a conversation handed on), the team and its strategy, the agent's load and capacity as the desk saw
 * them when deciding, and the conversation's place in its team's queue when it was served from there.
 */
public record RoutingDecision(RoutingCause cause, RoutingRuleId rule, TeamId team, RoutingStrategy strategy,
                              int loadSeen, int capacity, Integer queuePosition) {}
