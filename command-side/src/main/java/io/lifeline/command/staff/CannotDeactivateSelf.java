package io.lifeline.command.staff;

import io.lifeline.contracts.CommandRefused;

/** Refused so that the last admin cannot lock everyone out by accident. */
class CannotDeactivateSelf extends CommandRefused {
    CannotDeactivateSelf() {
        super(Reason.CONFLICT, "cannot-deactivate-self", "an admin cannot deactivate their own account");
    }
}
