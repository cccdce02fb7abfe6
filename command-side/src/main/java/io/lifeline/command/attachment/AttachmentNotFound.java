package io.lifeline.command.attachment;

import io.lifeline.contracts.CommandRefused;

/**
 * The one answer to every download that is not served: a missing attachment, one of another
 * conversation, or a caller who may not see the conversation all read alike, naming no id.
 */
class AttachmentNotFound extends CommandRefused {
    AttachmentNotFound() {
        super(Reason.NOT_FOUND, "attachment-not-found", "no such attachment");
    }
}
