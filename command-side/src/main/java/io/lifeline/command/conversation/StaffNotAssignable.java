package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.actor.StaffId;

/** Refused because the assignee is unknown, deactivated, or an analyst. */
class StaffNotAssignable extends CommandRefused {
    StaffNotAssignable(StaffId staff) {
        super(Reason.INVALID, "staff-not-assignable", "staff member " + staff + " is not an active agent or admin");
    }
}
