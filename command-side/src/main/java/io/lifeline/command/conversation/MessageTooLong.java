package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;

/** Refused because the message is longer than the configured limit. */
class MessageTooLong extends CommandRefused {
    MessageTooLong(int length, int max) {
        super(Reason.INVALID, "message-too-long", "the message has " + length + " characters; at most " + max + " are allowed");
    }
}
