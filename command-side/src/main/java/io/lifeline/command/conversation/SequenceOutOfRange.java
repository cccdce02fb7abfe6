package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;

/** Refused because a delivery or read position points past the conversation's last event. */
class SequenceOutOfRange extends CommandRefused {
    SequenceOutOfRange(long requested, long last) {
        super(Reason.INVALID, "sequence-out-of-range", "sequence " + requested + " is beyond the last event " + last);
    }
}
