package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop a staff member from signing in or acting; their history stays. */
public record DeactivateStaff(@TargetAggregateIdentifier StaffId staffId) {
    public DeactivateStaff {
        Objects.requireNonNull(staffId, "staffId");
    }
}
