package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;

/** Refused because the message points at an attachment that was not uploaded to this conversation. */
class UnknownAttachment extends CommandRefused {
    UnknownAttachment() {
        super(Reason.INVALID, "unknown-attachment", "the attachment was not uploaded to this conversation");
    }
}
