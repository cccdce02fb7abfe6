package io.lifeline.query.targets;

import io.lifeline.query.config.InvalidParameter;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts the response clocks started in a range from the projection's rows, and lists the missed ones. */
@Component
class ResponseTargetStats {
    private static final String FIGURES = """
            SELECT kind, %s AS priority, %s AS context, count(*) AS started,
                   count(*) FILTER (WHERE outcome = 'MET') AS met, count(*) FILTER (WHERE outcome = 'MISSED') AS missed,
                   count(*) FILTER (WHERE outcome = 'STOPPED') AS stopped,
                   count(*) FILTER (WHERE outcome = 'RUNNING') AS running
            FROM read_model.response_clock
            WHERE started_at >= :from AND started_at < :to
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""";
    private final JdbcClient jdbc;

    ResponseTargetStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ResponseTargetStatsView figures(Instant from, Instant to) {
        return new ResponseTargetStatsView(from, to, groups("NULL", "NULL", from, to), groups("priority", "NULL", from, to),
                groups("NULL", "context_kind", from, to));
    }

    private List<ResponseTargetFigures> groups(String priority, String context, Instant from, Instant to) {
        return jdbc.sql(FIGURES.formatted(priority, context)).param("from", time(from)).param("to", time(to))
                .query((rs, n) -> new ResponseTargetFigures(rs.getString("kind"), rs.getString("priority"),
                        rs.getString("context"), rs.getLong("started"), rs.getLong("met"), rs.getLong("missed"),
                        rs.getLong("stopped"), rs.getLong("running")))
                .list();
    }

    /** The clocks started in the range that were missed, oldest miss first, narrowed to a kind, priority or context if given. */
    MissedClocksPage missed(Instant from, Instant to, String kind, String priority, String context, String after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("""
                SELECT conversation_id, started_sequence, kind, priority, context_kind, started_at, due_by, ended_at
                FROM read_model.response_clock
                WHERE outcome = 'MISSED' AND started_at >= :from AND started_at < :to""");
        params.put("from", time(from));
        params.put("to", time(to));
        narrow(sql, params, "kind", kind);
        narrow(sql, params, "priority", priority);
        narrow(sql, params, "context_kind", context);
        if (after != null && !after.isBlank()) {
            Cursor cursor = Cursor.decode(after);
            sql.append(" AND (ended_at, conversation_id, started_sequence) > (:afterAt, :afterId, :afterSequence)");
            params.put("afterAt", time(cursor.missedAt()));
            params.put("afterId", cursor.conversationId());
            params.put("afterSequence", cursor.startedSequence());
        }
        sql.append(" ORDER BY ended_at, conversation_id, started_sequence LIMIT :limit");
        params.put("limit", limit);
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
        String next = rows.size() == limit ? rows.get(rows.size() - 1).cursor().encode() : null;
        return new MissedClocksPage(rows.stream().map(Row::clock).toList(), next);
    }

    private static void narrow(StringBuilder sql, Map<String, Object> params, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private record Row(MissedClock clock, Cursor cursor) {}

    private static Row row(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("conversation_id", UUID.class);
        Instant missedAt = rs.getObject("ended_at", OffsetDateTime.class).toInstant();
        return new Row(new MissedClock(id, rs.getString("kind"), rs.getString("priority"), rs.getString("context_kind"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("due_by", OffsetDateTime.class).toInstant(), missedAt),
                new Cursor(missedAt, id, rs.getLong("started_sequence")));
    }

    /** Where a page ended: the last miss's time, conversation and clock. */
    private record Cursor(Instant missedAt, UUID conversationId, long startedSequence) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (missedAt + "|" + conversationId + "|" + startedSequence).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]), Long.parseLong(parts[2]));
            } catch (RuntimeException unreadable) {
                throw new InvalidParameter("after", "must be the 'next' of a previous page");
            }
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
