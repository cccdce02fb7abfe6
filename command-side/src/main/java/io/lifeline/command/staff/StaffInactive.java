package io.lifeline.command.staff;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.actor.StaffId;

/** Refused because a deactivated account cannot change any more. */
class StaffInactive extends CommandRefused {
    StaffInactive(StaffId staff) {
        super(Reason.CONFLICT, "staff-inactive", "staff member " + staff + " is deactivated");
    }
}
