package io.lifeline.command.staff;

import io.lifeline.contracts.CommandRefused;

/** Refused so that an admin cannot remove the last admin role by accident: another admin must. */
class CannotDemoteSelf extends CommandRefused {
    CannotDemoteSelf() {
        super(Reason.CONFLICT, "cannot-demote-self", "an admin cannot take away their own admin role");
    }
}
