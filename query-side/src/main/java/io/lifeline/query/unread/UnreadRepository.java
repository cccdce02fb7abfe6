package io.lifeline.query.unread;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts, per conversation of one participant, the messages after their read position that others wrote. */
@Repository
class UnreadRepository {
    private final JdbcClient jdbc;

    UnreadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UnreadCount> ofDevice(String deviceId) {
        return jdbc.sql("""
                        SELECT conversation_id, unread FROM (
                            SELECT c.conversation_id, (SELECT count(*) FROM read_model.unread_message m
                                                       WHERE m.conversation_id = c.conversation_id
                                                         AND m.sequence > c.device_read_up_to AND m.author <> :me) AS unread
                            FROM read_model.unread_conversation c WHERE c.device_id = :device) counted
                        WHERE unread > 0
                        ORDER BY conversation_id""")
                .param("device", deviceId).param("me", "device:" + deviceId)
                .query((rs, n) -> new UnreadCount(rs.getObject("conversation_id", UUID.class), rs.getLong("unread")))
                .list();
    }

    List<UnreadCount> ofStaff(UUID staffId) {
        return jdbc.sql("""
                        SELECT conversation_id, unread FROM (
                            SELECT s.conversation_id, (SELECT count(*) FROM read_model.unread_message m
                                                       WHERE m.conversation_id = s.conversation_id
                                                         AND m.sequence > s.read_up_to AND m.author <> :me) AS unread
                            FROM read_model.unread_staff s WHERE s.staff_id = :staff AND (s.joined OR s.assigned)) counted
                        WHERE unread > 0
                        ORDER BY conversation_id""")
                .param("staff", staffId).param("me", "staff:" + staffId)
                .query((rs, n) -> new UnreadCount(rs.getObject("conversation_id", UUID.class), rs.getLong("unread")))
                .list();
    }
}
