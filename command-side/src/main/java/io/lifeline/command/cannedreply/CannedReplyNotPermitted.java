package io.lifeline.command.cannedreply;

import io.lifeline.contracts.CommandRefused;

/** Refused because a team's canned replies are kept by admins, a personal one by its owner. */
class CannedReplyNotPermitted extends CommandRefused {
    CannedReplyNotPermitted(String detail) {
        super(Reason.FORBIDDEN, "canned-reply-not-permitted", detail);
    }
}
