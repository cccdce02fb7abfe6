package io.lifeline.command.attachment;

import io.lifeline.contracts.conversation.AttachmentRef;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageKind;

/**
 * What is known about an uploaded attachment: its sniffed type, size, sanitised name and, for
 * images, the dimensions and whether a thumbnail is stored beside it.
 */
record StoredAttachment(AttachmentRef id, ConversationId conversation, MessageKind kind, String contentType, long size,
                        String filename, Integer width, Integer height, boolean hasThumbnail) {

    /** Where the bytes are kept: one folder (or key prefix) per conversation. */
    String key() {
        return conversation + "/" + id.value();
    }

    String thumbnailKey() {
        return key() + ".thumbnail";
    }
}
