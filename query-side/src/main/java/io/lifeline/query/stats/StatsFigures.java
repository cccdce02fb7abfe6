package io.lifeline.query.stats;

import static io.lifeline.query.stats.StatsProjection.time;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.stats.StatsView.AgentFigures;
import io.lifeline.query.stats.StatsView.MessageBucket;
import io.lifeline.query.stats.StatsView.TimeFigure;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Computes the figures for a range from the recorded facts, in SQL (PostgreSQL's percentile_cont). */
@Component
class StatsFigures {
    private static final String SUMMARY = """
            count(*) AS n, avg(seconds) AS average,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90""";

    private final JdbcClient jdbc;

    StatsFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ) // one snapshot: the figures agree
    StatsView figures(Instant from, Instant to) {
        return new StatsView(from, to,
                counts("status", ConversationStatus.values(), from, to),
                counts("priority", Priority.values(), from, to),
                counts("channel", Channel.values(), from, to),
                counts("context_kind", ContextKind.values(), from, to),
                summary(Measurements.FIRST_RESPONSES, from, to), summary(Measurements.RESOLUTIONS, from, to),
                summary(Measurements.REPLIES, from, to),
                messages("hour_bucket", from, to), messages("date_trunc('day', hour_bucket, 'UTC')", from, to),
                agents(from, to));
    }

    private Map<String, Long> counts(String column, Enum<?>[] values, Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            counts.put(value.name(), 0L); // every value appears, so a client needs no list of its own
        }
        jdbc.sql("""
                        SELECT %s AS value, count(*) AS n FROM read_model.stats_conversation
                        WHERE created_at >= :from AND created_at < :to GROUP BY %s""".formatted(column, column))
                .param("from", time(from)).param("to", time(to))
                .query((rs, row) -> Map.entry(rs.getString("value"), rs.getLong("n"))).list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private TimeFigure summary(String durations, Instant from, Instant to) {
        return jdbc.sql("SELECT " + SUMMARY + " FROM (" + durations + ") d")
                .param("from", time(from)).param("to", time(to))
                .query((rs, row) -> timeFigure(rs, "")).single();
    }

    private List<MessageBucket> messages(String bucket, Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT %s AS bucket, count(*) AS total,
                               count(*) FILTER (WHERE author_kind = 'DEVICE') AS device,
                               count(*) FILTER (WHERE author_kind = 'STAFF') AS staff,
                               count(*) FILTER (WHERE author_kind = 'SYSTEM') AS system
                        FROM read_model.stats_message WHERE sent_at >= :from AND sent_at < :to
                        GROUP BY 1 ORDER BY 1""".formatted(bucket))
                .param("from", time(from)).param("to", time(to))
                .query((rs, row) -> new MessageBucket(rs.getObject("bucket", OffsetDateTime.class).toInstant(),
                        rs.getLong("total"), rs.getLong("device"), rs.getLong("staff"), rs.getLong("system")))
                .list();
    }

    private List<AgentFigures> agents(Instant from, Instant to) {
        return jdbc.sql("""
                        WITH first_response AS (
                            SELECT responder, %1$s FROM (%2$s) d WHERE responder IS NOT NULL GROUP BY responder),
                        reply AS (
                            SELECT responder, %1$s FROM (%3$s) d WHERE responder IS NOT NULL GROUP BY responder),
                        load AS (
                            SELECT assignee AS responder, count(*) AS n FROM read_model.stats_conversation
                            WHERE status = 'OPEN' AND assignee IS NOT NULL GROUP BY assignee)
                        SELECT coalesce(f.responder, r.responder, l.responder) AS staff_id, coalesce(l.n, 0) AS open_assigned,
                               coalesce(f.n, 0) AS f_n, f.average AS f_average, f.median AS f_median, f.p90 AS f_p90,
                               coalesce(r.n, 0) AS r_n, r.average AS r_average, r.median AS r_median, r.p90 AS r_p90
                        FROM first_response f
                        FULL JOIN reply r ON r.responder = f.responder
                        FULL JOIN load l ON l.responder = coalesce(f.responder, r.responder)
                        ORDER BY 1""".formatted(SUMMARY, Measurements.FIRST_RESPONSES, Measurements.REPLIES))
                .param("from", time(from)).param("to", time(to))
                .query((rs, row) -> new AgentFigures(rs.getString("staff_id"), rs.getLong("open_assigned"),
                        timeFigure(rs, "f_"), timeFigure(rs, "r_")))
                .list();
    }

    private static TimeFigure timeFigure(ResultSet rs, String prefix) throws SQLException {
        return new TimeFigure(rs.getLong(prefix + "n"), number(rs, prefix + "average"), number(rs, prefix + "median"),
                number(rs, prefix + "p90"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }
}
