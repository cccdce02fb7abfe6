package io.lifeline.query.routing;

import java.util.UUID;

/** A routing rule: the context kind and channel it matches (null for any), its order and its team. */
record RoutingRuleView(UUID ruleId, int order, String context, String channel, UUID teamId) {}
