package io.lifeline.contracts.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one routing rule for its whole life, whatever it comes to match. */
public record RoutingRuleId(@JsonValue UUID value) {
    @JsonCreator
    public RoutingRuleId {
        Objects.requireNonNull(value, "value");
    }

    public static RoutingRuleId random() {
        return new RoutingRuleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
