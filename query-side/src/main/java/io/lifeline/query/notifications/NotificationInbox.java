package io.lifeline.query.notifications;

import io.lifeline.query.config.NotVisible;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One staff member's notifications joined with their read marks, and the marking itself. Plain SQL:
 * the marks are a separate table the projection never writes, joined on the notification id.
 */
@Component
class NotificationInbox {
    private final JdbcClient jdbc;

    NotificationInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Newest first, those recorded before {@code beforeRecorded} (keyset on the order the projection
     * wrote them, not on the event's position in the store: an event whose transaction commits after
     * a later-numbered one's is notified late, and comes as the newest rather than among rows a
     * reader has already paged past).
     */
    List<Row> page(String recipient, boolean unreadOnly, long beforeRecorded, int limit) {
        return jdbc.sql("""
                        SELECT n.id, n.kind, n.conversation_id, n.sequence_number, n.created_at, n.recorded_order,
                               r.notification_id IS NOT NULL AS read
                        FROM read_model.notification n
                        LEFT JOIN read_model.notification_read r ON r.notification_id = n.id
                        WHERE n.recipient = :recipient AND n.recorded_order < :before
                          AND (:unreadOnly = FALSE OR r.notification_id IS NULL)
                        ORDER BY n.recorded_order DESC
                        LIMIT :limit""")
                .param("recipient", recipient).param("before", beforeRecorded).param("unreadOnly", unreadOnly)
                .param("limit", limit)
                .query((rs, n) -> new Row(new NotificationView(UUID.fromString(rs.getString("id")), rs.getString("kind"),
                        UUID.fromString(rs.getString("conversation_id")), rs.getLong("sequence_number"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")), rs.getLong("recorded_order")))
                .list();
    }

    long unread(String recipient) {
        return jdbc.sql("""
                        SELECT count(*) FROM read_model.notification n
                        WHERE n.recipient = :recipient
                          AND NOT EXISTS (SELECT 1 FROM read_model.notification_read r WHERE r.notification_id = n.id)""")
                .param("recipient", recipient).query(Long.class).single();
    }

    /** Marks one of the recipient's own notifications read; anyone else's is {@link NotVisible}. */
    @Transactional
    void markRead(String recipient, UUID id) {
        boolean mine = jdbc.sql("SELECT count(*) FROM read_model.notification WHERE id = :id AND recipient = :recipient")
                .param("id", id.toString()).param("recipient", recipient).query(Long.class).single() > 0;
        if (!mine) {
            throw new NotVisible("notification " + id);
        }
        jdbc.sql("""
                        INSERT INTO read_model.notification_read (notification_id, read_at) VALUES (:id, now())
                        ON CONFLICT (notification_id) DO NOTHING""")
                .param("id", id.toString()).update();
    }

    /** Marks every notification the recipient has now as read; answers how many were unread. */
    @Transactional
    int markAllRead(String recipient) {
        return jdbc.sql("""
                        INSERT INTO read_model.notification_read (notification_id, read_at)
                        SELECT n.id, now() FROM read_model.notification n WHERE n.recipient = :recipient
                        ON CONFLICT (notification_id) DO NOTHING""")
                .param("recipient", recipient).update();
    }

    /** A notification with its place in the order notifications were recorded, which is the paging cursor. */
    record Row(NotificationView view, long recordedOrder) {}
}
