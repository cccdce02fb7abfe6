package io.lifeline.command.staff;

import io.lifeline.contracts.CommandRefused;

/** Refused because the current password given to change it was wrong (or the username is locked). */
class WrongPassword extends CommandRefused {
    WrongPassword() {
        super(Reason.FORBIDDEN, "wrong-password", "the current password is not right");
    }
}
