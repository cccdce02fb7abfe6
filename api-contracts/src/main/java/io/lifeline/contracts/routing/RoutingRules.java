package io.lifeline.contracts.routing;

import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;

/** The shape of the numbers routing commands carry. */
public final class RoutingRules {
    public static final int MAX_CAPACITY = 1_000;
    public static final int MAX_ORDER = 10_000;

    private RoutingRules() {
    }

    static void requireCapacity(int capacity) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new InvalidField("capacity", "is 0 to " + MAX_CAPACITY);
        }
    }

    /** A rule, new or changed, names itself, what it matches and its team, and is tried in an order from 0 to 10,000. */
    static void requireRule(RoutingRuleId rule, int order, RoutingMatch match, TeamId team) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(team, "team");
        if (order < 0 || order > MAX_ORDER) {
            throw new InvalidField("order", "is 0 to " + MAX_ORDER);
        }
    }
}
