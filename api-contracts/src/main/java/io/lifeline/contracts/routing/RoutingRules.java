package io.lifeline.contracts.routing;

import io.lifeline.contracts.shape.InvalidField;

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

    static void requireOrder(int order) {
        if (order < 0 || order > MAX_ORDER) {
            throw new InvalidField("order", "is 0 to " + MAX_ORDER);
        }
    }
}
