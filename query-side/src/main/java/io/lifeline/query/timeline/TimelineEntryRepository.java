package io.lifeline.query.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One conversation's entries between two sequences (keyset), newest first or oldest first. A device
 * sees neither private notes nor how staff organise its conversation (labels, priority, routing).
 */
@Repository
class TimelineEntryRepository {
    /** Entry kinds about staff's own organisation of a conversation, never shown to its device. */
    static final Set<String> STAFF_ONLY_KINDS = Set.of("label-added", "label-removed", "priority-changed", "assigned",
            "transferred", "unassigned", "snoozed", "answer-deadline-missed", "response-clock-started",
            "response-target-missed");
    private final JdbcClient jdbc;

    TimelineEntryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TimelineEntry> newestFirst(String conversationId, long after, long before, boolean includePrivate, int limit) {
        return between(conversationId, after, before, includePrivate, "DESC", limit);
    }

    List<TimelineEntry> oldestFirst(String conversationId, long after, long before, boolean includePrivate, int limit) {
        return between(conversationId, after, before, includePrivate, "ASC", limit);
    }

    /** {@code direction} is a constant, ASC or DESC. */
    private List<TimelineEntry> between(String conversationId, long after, long before, boolean includePrivate,
                                        String direction, int limit) {
        return jdbc.sql("""
                        SELECT * FROM read_model.timeline_entry
                        WHERE conversation_id = :id AND sequence_number > :after AND sequence_number < :before
                          AND (:includePrivate OR (private_note = FALSE AND kind NOT IN (:staffOnlyKinds)))
                        ORDER BY sequence_number\s""" + direction + """

                        LIMIT :limit""")
                .param("id", conversationId).param("after", after).param("before", before)
                .param("includePrivate", includePrivate).param("staffOnlyKinds", STAFF_ONLY_KINDS).param("limit", limit)
                .query(TimelineEntryRepository::entry).list();
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        return new TimelineEntry(rs.getString("event_id"), rs.getString("conversation_id"), rs.getLong("sequence_number"),
                rs.getString("kind"), rs.getBoolean("private_note"), rs.getString("actor"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("message_id"),
                rs.getString("client_message_id"), rs.getString("message_kind"), rs.getString("text"),
                rs.getString("attachment"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                rs.getObject("accuracy_meters", Double.class), rs.getString("reply_to"), rs.getBoolean("urgent"),
                rs.getString("details"));
    }
}
