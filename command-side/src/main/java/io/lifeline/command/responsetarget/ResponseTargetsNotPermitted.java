package io.lifeline.command.responsetarget;

import io.lifeline.contracts.CommandRefused;

/** Refused because response targets are set by admins only. */
class ResponseTargetsNotPermitted extends CommandRefused {
    ResponseTargetsNotPermitted() {
        super(Reason.FORBIDDEN, "admin-required", "only admins set response targets");
    }
}
