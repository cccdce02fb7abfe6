package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a staff member a new password; it arrives already hashed and is never written to an event. */
public record ChangeStaffPassword(@TargetAggregateIdentifier StaffId staffId, String passwordHash) {
    public ChangeStaffPassword {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }

    @Override
    public String toString() { // keeps the hash out of logs
        return "ChangeStaffPassword[staffId=" + staffId + "]";
    }
}
