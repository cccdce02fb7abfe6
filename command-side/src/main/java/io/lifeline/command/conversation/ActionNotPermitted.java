package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;

/** Refused because this kind of actor may never take this action. */
class ActionNotPermitted extends CommandRefused {
    ActionNotPermitted(String detail) {
        super(Reason.FORBIDDEN, "action-not-permitted", detail);
    }
}
