package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set how many open conversations the desk may route to an agent at once. */
public record SetAgentCapacity(StaffId agent, int capacity) {
    public SetAgentCapacity {
        Objects.requireNonNull(agent, "agent");
        RoutingRules.requireCapacity(capacity);
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
