package io.lifeline.query.stats;

import static io.lifeline.query.stats.StatsProjection.time;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.stats.StatsView.AgentFigures;
import io.lifeline.query.stats.StatsView.ContextFigures;
import io.lifeline.query.stats.StatsView.DurationBucket;
import io.lifeline.query.stats.StatsView.Grain;
import io.lifeline.query.stats.StatsView.MessageBucket;
import io.lifeline.query.stats.StatsView.TimeFigure;
import io.lifeline.query.stats.StatsView.VolumeBucket;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Computes the figures for a range from the recorded facts, in SQL (PostgreSQL's percentile_cont). */
@Component
class StatsFigures {
    /** The longest range whose volume is shown per hour. */
    static final Duration HOURLY_UP_TO = Duration.ofDays(2);

    private static final String SUMMARY = """
            count(*) AS n, avg(seconds) AS average,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90""";

    private final JdbcClient jdbc;

    StatsFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ) // one snapshot: the figures agree
    StatsView figures(Range range, ZoneId zone) {
        Instant from = range.from();
        Instant to = range.to();
        Grain grain = range.length().compareTo(HOURLY_UP_TO) <= 0 ? Grain.HOUR : Grain.DAY;
        return new StatsView(from, to,
                counts("status", ConversationStatus.values(), from, to),
                counts("priority", Priority.values(), from, to),
                counts("channel", Channel.values(), from, to),
                counts("context_kind", ContextKind.values(), from, to),
                summary(Measurements.FIRST_RESPONSES, from, to), summary(Measurements.RESOLUTIONS, from, to),
                summary(Measurements.REPLIES, from, to),
                messages("hour_bucket", from, to), messages("date_trunc('day', hour_bucket, 'UTC')", from, to),
                agents(from, to), buckets(Measurements.FIRST_RESPONSES, from, to),
                buckets(Measurements.RESOLUTIONS, from, to), contexts(from, to), grain, zone.getId(),
                volume(grain, zone, from, to));
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

    /** Every bucket of the distribution, numbered as the drill-down filters them. */
    private List<DurationBucket> buckets(String durations, Instant from, Instant to) {
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.sql("SELECT " + Measurements.BUCKET + " AS bucket, count(*) AS n FROM (" + durations + ") d GROUP BY 1")
                .param("from", time(from)).param("to", time(to))
                .query((rs, row) -> Map.entry(rs.getInt("bucket"), rs.getLong("n"))).list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        List<Integer> edges = Measurements.BUCKET_EDGES;
        List<DurationBucket> buckets = new ArrayList<>();
        for (int index = 0; index <= edges.size(); index++) {
            buckets.add(new DurationBucket(index, index == 0 ? 0 : edges.get(index - 1),
                    index == edges.size() ? null : edges.get(index).longValue(), counts.getOrDefault(index, 0L)));
        }
        return buckets;
    }

    private List<ContextFigures> contexts(Instant from, Instant to) {
        Map<String, TimeFigure> firstResponses = byContext(Measurements.FIRST_RESPONSES, from, to);
        Map<String, TimeFigure> resolutions = byContext(Measurements.RESOLUTIONS, from, to);
        TimeFigure none = new TimeFigure(0, null, null, null);
        return Arrays.stream(ContextKind.values()).map(ContextKind::name)
                .map(kind -> new ContextFigures(kind, firstResponses.getOrDefault(kind, none),
                        resolutions.getOrDefault(kind, none)))
                .toList();
    }

    private Map<String, TimeFigure> byContext(String durations, Instant from, Instant to) {
        Map<String, TimeFigure> figures = new HashMap<>();
        jdbc.sql("""
                        SELECT c.context_kind AS kind, %s
                        FROM (%s) d JOIN read_model.stats_conversation c ON c.conversation_id = d.conversation_id
                        GROUP BY c.context_kind""".formatted(SUMMARY, durations))
                .param("from", time(from)).param("to", time(to))
                .query((rs, row) -> Map.entry(rs.getString("kind"), timeFigure(rs, ""))).list()
                .forEach(entry -> figures.put(entry.getKey(), entry.getValue()));
        return figures;
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

    /** Conversations started and messages sent per hour or day of the zone's clock. */
    private List<VolumeBucket> volume(Grain grain, ZoneId zone, Instant from, Instant to) {
        return jdbc.sql("""
                        WITH m AS (
                            SELECT date_trunc(:unit, sent_at, :zone) AS bucket, count(*) AS total,
                                   count(*) FILTER (WHERE author_kind = 'DEVICE') AS device,
                                   count(*) FILTER (WHERE author_kind = 'STAFF') AS staff,
                                   count(*) FILTER (WHERE author_kind = 'SYSTEM') AS system
                            FROM read_model.stats_message WHERE sent_at >= :from AND sent_at < :to GROUP BY 1),
                        c AS (
                            SELECT date_trunc(:unit, created_at, :zone) AS bucket, count(*) AS n
                            FROM read_model.stats_conversation WHERE created_at >= :from AND created_at < :to GROUP BY 1)
                        SELECT coalesce(c.bucket, m.bucket) AS bucket, coalesce(c.n, 0) AS conversations,
                               coalesce(m.total, 0) AS total, coalesce(m.device, 0) AS device,
                               coalesce(m.staff, 0) AS staff, coalesce(m.system, 0) AS system
                        FROM c FULL JOIN m ON m.bucket = c.bucket ORDER BY 1""")
                .param("unit", grain.name().toLowerCase(Locale.ROOT)).param("zone", zone.getId())
                .param("from", time(from)).param("to", time(to))
                .query((rs, row) -> {
                    Instant start = rs.getObject("bucket", OffsetDateTime.class).toInstant();
                    Instant end = grain == Grain.HOUR ? start.plus(Duration.ofHours(1))
                            : start.atZone(zone).plusDays(1).toInstant(); // 23 or 25 hours on a clock change
                    return new VolumeBucket(start, end, rs.getLong("conversations"), rs.getLong("total"),
                            rs.getLong("device"), rs.getLong("staff"), rs.getLong("system"));
                })
                .list();
    }

    private List<AgentFigures> agents(Instant from, Instant to) {
        return jdbc.sql("""
                        WITH first_response AS (
                            SELECT responder, %1$s FROM (%2$s) d WHERE responder IS NOT NULL GROUP BY responder),
                        reply AS (
                            SELECT responder, %1$s FROM (%3$s) d WHERE responder IS NOT NULL GROUP BY responder),
                        resolution AS (
                            SELECT responder, %1$s FROM (%4$s) d WHERE responder IS NOT NULL GROUP BY responder),
                        load AS (
                            SELECT assignee AS responder, count(*) AS n FROM read_model.stats_conversation
                            WHERE status = 'OPEN' AND assignee IS NOT NULL GROUP BY assignee)
                        SELECT coalesce(f.responder, r.responder, s.responder, l.responder) AS staff_id,
                               coalesce(l.n, 0) AS open_assigned,
                               coalesce(f.n, 0) AS f_n, f.average AS f_average, f.median AS f_median, f.p90 AS f_p90,
                               coalesce(r.n, 0) AS r_n, r.average AS r_average, r.median AS r_median, r.p90 AS r_p90,
                               coalesce(s.n, 0) AS s_n, s.average AS s_average, s.median AS s_median, s.p90 AS s_p90
                        FROM first_response f
                        FULL JOIN reply r ON r.responder = f.responder
                        FULL JOIN resolution s ON s.responder = coalesce(f.responder, r.responder)
                        FULL JOIN load l ON l.responder = coalesce(f.responder, r.responder, s.responder)
                        ORDER BY 1""".formatted(SUMMARY, Measurements.FIRST_RESPONSES, Measurements.REPLIES,
                        Measurements.RESOLUTIONS))
                .param("from", time(from)).param("to", time(to))
                .query((rs, row) -> new AgentFigures(rs.getString("staff_id"), rs.getLong("open_assigned"),
                        timeFigure(rs, "f_"), timeFigure(rs, "r_"), timeFigure(rs, "s_")))
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
