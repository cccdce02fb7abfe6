package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;

/** Refused because a snooze must end in the future. */
class SnoozeNotInFuture extends CommandRefused {
    SnoozeNotInFuture() {
        super(Reason.INVALID, "snooze-not-in-future", "a conversation can only be snoozed until a time in the future");
    }
}
