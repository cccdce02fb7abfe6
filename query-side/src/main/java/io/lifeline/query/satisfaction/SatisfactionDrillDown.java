package io.lifeline.query.satisfaction;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.query.config.InvalidParameter;
import io.lifeline.query.stats.Range;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists the ratings behind one satisfaction figure with the same filter its figure is counted with,
 * oldest first, paged by an opaque cursor over (rated at, conversation): keyset, never OFFSET.
 */
@Component
class SatisfactionDrillDown {
    private static final String FIGURES = "rated, score:<1-5>, agent:<staffId>, agent:none, team:<teamId>, team:none "
            + "or context:<kind>";
    private final JdbcClient jdbc;

    SatisfactionDrillDown(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A figure's filter on read_model.satisfaction, with the value it compares to (null: none). */
    private record Filter(String sql, Object value) {}

    SatisfactionDrillDownPage page(String figure, Range range, String after, int limit) {
        Filter filter = filter(figure);
        Cursor cursor = after == null || after.isBlank() ? null : Cursor.decode(after);
        var statement = jdbc.sql("""
                        SELECT conversation_id, rated_at, rating, agent_id FROM read_model.satisfaction
                        WHERE rating IS NOT NULL AND rated_at >= :from AND rated_at < :to %s %s
                        ORDER BY rated_at, conversation_id LIMIT :limit""".formatted(filter.sql(),
                        cursor == null ? "" : "AND (rated_at, conversation_id) > (:afterAt, :afterId)"))
                .param("from", Timestamp.from(range.from())).param("to", Timestamp.from(range.to()))
                .param("limit", limit);
        if (filter.value() != null) statement = statement.param("value", filter.value());
        if (cursor != null) {
            statement = statement.param("afterAt", Timestamp.from(cursor.at())).param("afterId", cursor.conversationId());
        }
        List<Row> rows = statement.query((rs, n) -> new Row(rs.getObject("conversation_id", UUID.class),
                rs.getTimestamp("rated_at").toInstant(), rs.getInt("rating"), rs.getObject("agent_id", UUID.class)))
                .list();
        String next = rows.size() == limit ? rows.get(rows.size() - 1).cursor().encode() : null;
        return new SatisfactionDrillDownPage(figure, rows.stream().map(Row::item).toList(), next);
    }

    private static Filter filter(String figure) {
        int colon = figure.indexOf(':');
        String name = colon < 0 ? figure : figure.substring(0, colon);
        String value = colon < 0 ? null : figure.substring(colon + 1);
        try {
            Filter filter = switch (name) {
                case "rated" -> value == null ? new Filter("", null) : null;
                case "score" -> new Filter("AND rating = :value", score(value));
                case "agent" -> "none".equals(value) ? new Filter("AND agent_id IS NULL", null)
                        : new Filter("AND agent_id = :value", StaffId.parse(value).value());
                case "team" -> "none".equals(value) ? new Filter("AND team_id IS NULL", null)
                        : new Filter("AND team_id = :value", UUID.fromString(value));
                case "context" -> new Filter("AND context_kind = :value", ContextKind.valueOf(value).name());
                default -> null;
            };
            if (filter != null) return filter;
        } catch (IllegalArgumentException | NullPointerException e) {
            // no value, an unknown kind, a score out of range or an id that is not a UUID: refused below
        }
        throw new InvalidParameter("figure", "must be one of " + FIGURES);
    }

    private static int score(String value) {
        int score = Integer.parseInt(value);
        if (score < 1 || score > 5) throw new IllegalArgumentException(value);
        return score;
    }

    private record Row(UUID conversationId, Instant ratedAt, int rating, UUID agentId) {
        SatisfactionDrillDownPage.Item item() {
            return new SatisfactionDrillDownPage.Item(conversationId.toString(), ratedAt, rating,
                    agentId == null ? null : agentId.toString());
        }

        Cursor cursor() {
            return new Cursor(ratedAt, conversationId);
        }
    }

    /** Where a page ended; opaque to clients, so its shape may change. */
    private record Cursor(Instant at, UUID conversationId) {
        String encode() {
            String text = at + "|" + conversationId;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidParameter("after", "must be the 'next' of a previous page");
            }
        }
    }
}
