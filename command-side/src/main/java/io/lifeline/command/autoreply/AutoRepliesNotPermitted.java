package io.lifeline.command.autoreply;

import io.lifeline.contracts.CommandRefused;

/** Refused because automated-reply rules are kept by admins only. */
class AutoRepliesNotPermitted extends CommandRefused {
    AutoRepliesNotPermitted() {
        super(Reason.FORBIDDEN, "admin-required", "only admins keep automated-reply rules");
    }
}
