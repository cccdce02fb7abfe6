package io.lifeline.command.attachment;

import io.lifeline.contracts.CommandRefused;

/** Refused because the upload has no bytes. */
class EmptyAttachment extends CommandRefused {
    EmptyAttachment() {
        super(Reason.INVALID, "attachment-empty", "the file is empty");
    }
}
