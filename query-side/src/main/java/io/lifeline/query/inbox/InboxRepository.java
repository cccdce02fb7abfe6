package io.lifeline.query.inbox;

import io.lifeline.contracts.conversation.ResponseTargetKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the inbox with SQL built from the filters that are given (never {@code :x IS NULL OR ...},
 * which hides the indexes from the planner), always in the queue order that the indexes hold.
 */
@Repository
class InboxRepository {
    private static final String COLUMNS = """
            conversation_id, device_id, status, priority, channel, context_kind, context_reference, subject, assignee,
            latitude, longitude, accuracy_meters,
            ARRAY(SELECT l.label FROM read_model.inbox_label l WHERE l.conversation_id = c.conversation_id ORDER BY l.label) AS labels,
            created_at, waiting_since, has_urgent, last_message_sequence, last_message_at, last_message_preview,
            last_sequence, queue_rank, waiting_order::text AS waiting_key,
            first_response_due, next_response_due, resolution_due, missed_targets""";

    private final JdbcClient jdbc;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement and its named parameters, so a test can EXPLAIN exactly what a page runs. */
    record Statement(String sql, Map<String, Object> params) {}

    record Row(InboxItem item, InboxCursor cursor) {}

    Statement pageStatement(InboxFilter filter, InboxCursor after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = conditions(filter, params);
        if (after != null) {
            where.add("(queue_rank, waiting_order, conversation_id) > (:rank, CAST(:waiting AS TIMESTAMPTZ), :after)");
            params.put("rank", after.queueRank());
            params.put("waiting", after.waitingOrder());
            params.put("after", after.conversationId());
        }
        params.put("limit", limit);
        return new Statement("SELECT " + COLUMNS + " FROM read_model.inbox_conversation c" + whereClause(where)
                + " ORDER BY queue_rank, waiting_order, conversation_id LIMIT :limit", params);
    }

    List<Row> page(InboxFilter filter, InboxCursor after, int limit) {
        return run(pageStatement(filter, after, limit)).query((rs, n) -> new Row(item(rs),
                new InboxCursor(rs.getInt("queue_rank"), rs.getString("waiting_key"),
                        rs.getObject("conversation_id", UUID.class)))).list();
    }

    InboxCounts counts(InboxFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "SELECT status, priority, count(*) AS n FROM read_model.inbox_conversation c"
                + whereClause(conditions(filter, params)) + " GROUP BY GROUPING SETS ((status), (priority))";
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byPriority = new LinkedHashMap<>();
        run(new Statement(sql, params)).query(rs -> {
            if (rs.getString("status") != null) byStatus.put(rs.getString("status"), rs.getLong("n"));
            else byPriority.put(rs.getString("priority"), rs.getLong("n"));
        });
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new InboxCounts(total, byStatus, byPriority);
    }

    /** A device's own conversations, newest activity first, each with the device's unread count. */
    List<DeviceConversation> ofDevice(String deviceId, int limit) {
        return jdbc.sql("""
                        SELECT c.*, (SELECT count(*) FROM read_model.unread_message m
                                     JOIN read_model.unread_conversation u ON u.conversation_id = m.conversation_id
                                     WHERE m.conversation_id = c.conversation_id AND m.sequence > u.device_read_up_to
                                       AND m.author <> :me) AS unread
                        FROM read_model.inbox_conversation c
                        WHERE c.device_id = :device
                        ORDER BY COALESCE(c.last_message_at, c.created_at) DESC, c.conversation_id
                        LIMIT :limit""")
                .param("device", deviceId).param("me", "device:" + deviceId).param("limit", limit)
                .query((rs, n) -> new DeviceConversation(rs.getObject("conversation_id", UUID.class),
                        rs.getString("status"), rs.getString("subject"), rs.getString("channel"),
                        rs.getString("context_kind"), rs.getString("context_reference"), (Double) rs.getObject("latitude"),
                        (Double) rs.getObject("longitude"), (Double) rs.getObject("accuracy_meters"), instant(rs, "created_at"),
                        (Long) rs.getObject("last_message_sequence"), instant(rs, "last_message_at"),
                        rs.getString("last_message_preview"), rs.getLong("unread")))
                .list();
    }

    JdbcClient.StatementSpec run(Statement statement) {
        return jdbc.sql(statement.sql()).params(statement.params());
    }

    private static List<String> conditions(InboxFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        add(where, params, "status = :status", "status", filter.status() == null ? null : filter.status().name());
        add(where, params, "priority = :priority", "priority", filter.priority() == null ? null : filter.priority().name());
        add(where, params, "channel = :channel", "channel", filter.channel() == null ? null : filter.channel().name());
        add(where, params, "context_kind = :context", "context", filter.context() == null ? null : filter.context().name());
        add(where, params, "assignee = :assignee", "assignee", filter.assignee());
        // written literally so the planner matches the partial index of the unassigned queue
        if (filter.unassigned()) where.add("assignee IS NULL");
        // written literally so the planner matches the partial index of conversations that missed a target
        if (filter.missed()) where.add("cardinality(missed_targets) > 0");
        add(where, params, "EXISTS (SELECT 1 FROM read_model.inbox_label l WHERE l.conversation_id = c.conversation_id AND l.label = :label)",
                "label", filter.label());
        add(where, params, "created_at >= :from", "from", filter.from() == null ? null : filter.from().atOffset(ZoneOffset.UTC));
        add(where, params, "created_at < :to", "to", filter.to() == null ? null : filter.to().atOffset(ZoneOffset.UTC));
        return where;
    }

    private static void add(List<String> where, Map<String, Object> params, String condition, String name, Object value) {
        if (value == null) return;
        where.add(condition);
        params.put(name, value);
    }

    private static String whereClause(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private static InboxItem item(ResultSet rs) throws SQLException {
        Due dueFirst = dueFirst(rs);
        return new InboxItem(rs.getObject("conversation_id", UUID.class), rs.getString("status"),
                rs.getString("priority"), rs.getString("channel"), rs.getString("context_kind"),
                rs.getString("context_reference"), rs.getString("subject"), rs.getString("device_id"),
                rs.getObject("assignee", UUID.class), labels(rs.getArray("labels")), (Double) rs.getObject("latitude"),
                (Double) rs.getObject("longitude"), (Double) rs.getObject("accuracy_meters"), instant(rs, "created_at"),
                instant(rs, "waiting_since"), rs.getBoolean("has_urgent"), (Long) rs.getObject("last_message_sequence"),
                instant(rs, "last_message_at"), rs.getString("last_message_preview"), rs.getLong("last_sequence"),
                dueFirst == null ? null : dueFirst.kind().name(), dueFirst == null ? null : dueFirst.dueBy(),
                labels(rs.getArray("missed_targets")));
    }

    private record Due(ResponseTargetKind kind, Instant dueBy) {}

    /** Of the running clocks, the one due first. */
    private static Due dueFirst(ResultSet rs) throws SQLException {
        Due first = null;
        for (ResponseTargetKind kind : ResponseTargetKind.values()) {
            Instant due = instant(rs, kind.name().toLowerCase(java.util.Locale.ROOT) + "_due");
            if (due != null && (first == null || due.isBefore(first.dueBy()))) {
                first = new Due(kind, due);
            }
        }
        return first;
    }

    private static List<String> labels(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
