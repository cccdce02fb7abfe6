package io.lifeline.command.identity;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffRole;
import java.util.Optional;

/** The current role of a staff member who may still act; empty once they are deactivated or unknown. */
public interface ActiveStaff {
    Optional<StaffRole> roleOf(StaffId staff);
}
