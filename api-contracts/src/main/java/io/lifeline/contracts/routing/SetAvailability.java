package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Say whether an agent takes conversations now: online, away or offline. */
public record SetAvailability(StaffId agent, Availability availability) {
    public SetAvailability {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(availability, "availability");
    }

    @TargetAggregateIdentifier
    public DeskId desk() {
        return DeskId.DESK;
    }
}
