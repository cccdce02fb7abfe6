package io.lifeline.command.conversation;

import io.lifeline.contracts.conversation.AttachmentRef;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageKind;
import java.util.Optional;

/**
 * What was uploaded to a conversation, so that a message only points at its own conversation's
 * attachments, and as the kind they were uploaded as. Implemented where attachments are kept.
 */
public interface UploadedAttachments {
    /** The kind an attachment was uploaded as to this conversation; empty if it was not uploaded here. */
    Optional<MessageKind> kindOf(ConversationId conversation, AttachmentRef attachment);
}
