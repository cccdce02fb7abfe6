package io.lifeline.command.attachment;

import io.lifeline.command.conversation.UploadedAttachments;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.AttachmentRef;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageKind;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The metadata of every upload, in {@code event_store.attachment}. Not events: an upload that no
 * message ever points at is no fact of the conversation, and metadata (a file name people chose)
 * must be deletable together with the bytes, which an event never is.
 */
@Component
class AttachmentTable implements UploadedAttachments {
    private final JdbcClient jdbc;

    AttachmentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredAttachment attachment, Actor uploadedBy) {
        jdbc.sql("""
                        INSERT INTO event_store.attachment (attachment_id, conversation_id, kind, content_type, size_bytes,
                                                            filename, width, height, has_thumbnail, uploaded_by)
                        VALUES (:id, :conversation, :kind, :type, :size, :filename, :width, :height, :thumbnail, :by)""")
                .param("id", attachment.id().value())
                .param("conversation", attachment.conversation().value())
                .param("kind", attachment.kind().name())
                .param("type", attachment.contentType())
                .param("size", attachment.size())
                .param("filename", attachment.filename())
                .param("width", attachment.width())
                .param("height", attachment.height())
                .param("thumbnail", attachment.hasThumbnail())
                .param("by", uploadedBy.toString())
                .update();
    }

    /** The attachment, only if it was uploaded to this conversation. */
    Optional<StoredAttachment> find(ConversationId conversation, AttachmentRef id) {
        return jdbc.sql("""
                        SELECT kind, content_type, size_bytes, filename, width, height, has_thumbnail
                        FROM event_store.attachment WHERE attachment_id = :id AND conversation_id = :conversation""")
                .param("id", id.value())
                .param("conversation", conversation.value())
                .query((row, n) -> new StoredAttachment(id, conversation, MessageKind.valueOf(row.getString(1)),
                        row.getString(2), row.getLong(3), row.getString(4), row.getObject(5, Integer.class),
                        row.getObject(6, Integer.class), row.getBoolean(7)))
                .optional();
    }

    @Override
    public Optional<MessageKind> kindOf(ConversationId conversation, AttachmentRef attachment) {
        return find(conversation, attachment).map(StoredAttachment::kind);
    }
}
