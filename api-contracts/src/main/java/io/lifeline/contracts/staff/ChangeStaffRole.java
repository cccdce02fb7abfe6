package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a staff member another role. */
public record ChangeStaffRole(@TargetAggregateIdentifier StaffId staffId, StaffRole role) {
    public ChangeStaffRole {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(role, "role");
    }
}
