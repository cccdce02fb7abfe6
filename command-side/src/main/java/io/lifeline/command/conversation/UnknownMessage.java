package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;

/** A reply to a message that is not in the conversation, whether it is elsewhere or nowhere. */
class UnknownMessage extends CommandRefused {
    UnknownMessage() {
        super(Reason.INVALID, "unknown-message", "the message replied to is not in this conversation");
    }
}
