package io.lifeline.command.staff;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.staff.Username;

/** Refused because another staff account already has this username. */
class UsernameTaken extends CommandRefused {
    UsernameTaken(Username username) {
        super(Reason.CONFLICT, "username-taken", "the username " + username + " is taken");
    }
}
