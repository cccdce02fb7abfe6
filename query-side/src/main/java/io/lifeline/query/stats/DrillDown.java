package io.lifeline.query.stats;

import static io.lifeline.query.stats.StatsProjection.time;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.config.InvalidParameter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists the rows behind one figure with the same SQL the figure is computed from, oldest first,
 * paged by an opaque cursor over (time, conversation, cycle or wait): keyset, never OFFSET.
 */
@Component
class DrillDown {
    /** The figures there are, as the API documents them. */
    static final String FIGURES = "started, firstResponse, resolution, reply, status:<status>, priority:<priority>, "
            + "channel:<channel>, context:<kind>, agent:<staffId>, agentReply:<staffId>, agentResolution:<staffId>, "
            + "load:<staffId>, contextFirstResponse:<kind>, contextResolution:<kind>, firstResponseBucket:<0-"
            + Measurements.BUCKET_EDGES.size() + "> or resolutionBucket:<0-" + Measurements.BUCKET_EDGES.size() + ">";

    private final JdbcClient jdbc;

    DrillDown(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A figure's rows as SQL, with the value its filter compares to (if any). */
    private record Source(String sql, Object value) {}

    DrillDownPage page(String figure, Instant from, Instant to, String after, int limit) {
        Source source = source(figure);
        Cursor cursor = after == null || after.isBlank() ? null : Cursor.decode(after);
        String sql = "SELECT conversation_id, cycle, ordinal, at, seconds FROM (" + source.sql() + ") f"
                + (cursor == null ? "" : " WHERE (at, conversation_id, ordinal) > (:afterAt, :afterId, :afterOrdinal)")
                + " ORDER BY at, conversation_id, ordinal LIMIT :limit";
        var statement = jdbc.sql(sql).param("from", time(from)).param("to", time(to)).param("limit", limit);
        if (source.value() != null) {
            statement = statement.param("value", source.value()).param("staff", source.value());
        }
        if (cursor != null) {
            statement = statement.param("afterAt", time(cursor.at())).param("afterId", cursor.conversationId())
                    .param("afterOrdinal", cursor.ordinal());
        }
        List<Row> rows = statement.query((rs, n) -> new Row(rs.getObject("conversation_id", UUID.class),
                (Integer) rs.getObject("cycle"), rs.getLong("ordinal"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), (Double) rs.getObject("seconds"))).list();
        String next = rows.size() == limit ? rows.get(rows.size() - 1).cursor().encode() : null;
        return new DrillDownPage(figure, rows.stream().map(Row::item).toList(), next);
    }

    private static Source source(String figure) {
        try {
            Source source = known(figure);
            if (source != null) return source;
        } catch (IllegalArgumentException e) {
            // an unknown status, priority, channel or kind, or a staff id that is not a UUID: refused below
        }
        throw new InvalidParameter("figure", "must be one of " + FIGURES);
    }

    /** The figure's source, or null when there is no such figure. */
    private static Source known(String figure) {
        int colon = figure.indexOf(':');
        String name = colon < 0 ? figure : figure.substring(0, colon);
        String value = colon < 0 ? "" : figure.substring(colon + 1); // an empty value is refused below
        Source source = switch (name) {
            case "firstResponse" -> new Source(Measurements.FIRST_RESPONSES, null);
            case "resolution" -> new Source(Measurements.RESOLUTIONS, null);
            case "reply" -> new Source(Measurements.REPLIES, null);
            case "status" -> new Source(Measurements.conversationsWhere("status"), ConversationStatus.valueOf(value).name());
            case "priority" -> new Source(Measurements.conversationsWhere("priority"), Priority.valueOf(value).name());
            case "channel" -> new Source(Measurements.conversationsWhere("channel"), Channel.valueOf(value).name());
            case "context" -> new Source(Measurements.conversationsWhere("context_kind"), ContextKind.valueOf(value).name());
            case "agent" -> new Source("SELECT * FROM (" + Measurements.FIRST_RESPONSES + ") a WHERE responder = :staff",
                    StaffId.parse(value).value());
            case "agentReply" -> new Source("SELECT * FROM (" + Measurements.REPLIES + ") a WHERE responder = :staff",
                    StaffId.parse(value).value());
            case "agentResolution" -> new Source("SELECT * FROM (" + Measurements.RESOLUTIONS + ") a WHERE responder = :staff",
                    StaffId.parse(value).value());
            case "load" -> new Source(Measurements.OPEN_ASSIGNED, StaffId.parse(value).value());
            case "started" -> new Source(Measurements.STARTED, null);
            case "contextFirstResponse" -> new Source(Measurements.ofContext(Measurements.FIRST_RESPONSES),
                    ContextKind.valueOf(value).name());
            case "contextResolution" -> new Source(Measurements.ofContext(Measurements.RESOLUTIONS),
                    ContextKind.valueOf(value).name());
            case "firstResponseBucket" -> new Source(Measurements.inBucket(Measurements.FIRST_RESPONSES), bucket(value));
            case "resolutionBucket" -> new Source(Measurements.inBucket(Measurements.RESOLUTIONS), bucket(value));
            default -> null;
        };
        return source == null || (source.value() == null && colon >= 0) ? null : source;
    }

    /** A distribution's bucket index; an index out of range is refused like an unknown figure. */
    private static Integer bucket(String value) {
        int index = Integer.parseInt(value);
        if (index < 0 || index > Measurements.BUCKET_EDGES.size()) throw new IllegalArgumentException(value);
        return index;
    }

    private record Row(UUID conversationId, Integer cycle, long ordinal, Instant at, Double seconds) {
        DrillDownPage.Item item() {
            return new DrillDownPage.Item(conversationId.toString(), cycle, at, seconds);
        }

        Cursor cursor() {
            return new Cursor(at, conversationId, ordinal);
        }
    }

    /** Where a page ended; opaque to clients, so its shape may change. */
    private record Cursor(Instant at, UUID conversationId, long ordinal) {
        String encode() {
            String text = at + "|" + conversationId + "|" + ordinal;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]), Long.parseLong(parts[2]));
            } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new InvalidParameter("after", "must be the 'next' of a previous page");
            }
        }
    }
}
