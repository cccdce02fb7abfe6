package io.lifeline.command.attachment;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.MessageKind;

/** Refused because the bytes are of a type no attachment (or not the requested kind) may have. */
class AttachmentTypeNotAllowed extends CommandRefused {
    AttachmentTypeNotAllowed(String type, MessageKind requested) {
        super(Reason.UNSUPPORTED_TYPE, "attachment-type-not-allowed", requested == null
                ? "files of type " + type + " cannot be attached"
                : "files of type " + type + " cannot be sent as " + requested);
    }
}
