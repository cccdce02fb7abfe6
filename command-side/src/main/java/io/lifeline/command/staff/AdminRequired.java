package io.lifeline.command.staff;

import io.lifeline.contracts.CommandRefused;

/** Refused because managing staff accounts is for admins. */
class AdminRequired extends CommandRefused {
    AdminRequired() {
        super(Reason.FORBIDDEN, "admin-required", "only an admin may manage staff accounts");
    }
}
