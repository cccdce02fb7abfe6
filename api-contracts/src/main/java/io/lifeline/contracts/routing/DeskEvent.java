package io.lifeline.contracts.routing;

/** Everything that can happen at the routing desk; each is a fact in the past tense. */
public sealed interface DeskEvent
        permits DeskOpened, TeamCreated, TeamRenamed, TeamMemberAdded, TeamMemberRemoved, RoutingStrategyChanged,
        RoutingRuleCreated, RoutingRuleChanged, RoutingRuleRemoved, AgentCapacityChanged, AgentAvailabilityChanged,
        SeatEvent {
}
