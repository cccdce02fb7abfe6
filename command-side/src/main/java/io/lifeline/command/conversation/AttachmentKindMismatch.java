package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.MessageKind;

/** Refused because the message's kind is not the kind its attachment was uploaded as. */
class AttachmentKindMismatch extends CommandRefused {
    AttachmentKindMismatch(MessageKind message, MessageKind uploaded) {
        super(Reason.INVALID, "attachment-kind-mismatch",
                "the attachment was uploaded as " + uploaded + ", so it cannot be sent as " + message);
    }
}
