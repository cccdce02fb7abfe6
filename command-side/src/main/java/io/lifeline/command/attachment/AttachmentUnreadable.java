package io.lifeline.command.attachment;

import io.lifeline.contracts.CommandRefused;

/** Refused because an image's bytes do not decode as the image they claim to be. */
class AttachmentUnreadable extends CommandRefused {
    AttachmentUnreadable(String type) {
        super(Reason.INVALID, "attachment-unreadable", "the file is not a readable " + type + " image");
    }
}
