package io.lifeline.command.attachment;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.MessageKind;

/** Refused because the upload weighs more than its kind allows. */
class AttachmentTooLarge extends CommandRefused {
    AttachmentTooLarge(MessageKind kind, long max) {
        super(Reason.TOO_LARGE, "attachment-too-large",
                "a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " attachment may have at most " + max + " bytes");
    }

    /** Larger than any attachment may be: cut off while it arrived, before its type was known. */
    AttachmentTooLarge(long max) {
        super(Reason.TOO_LARGE, "attachment-too-large", "an attachment may have at most " + max + " bytes");
    }
}
