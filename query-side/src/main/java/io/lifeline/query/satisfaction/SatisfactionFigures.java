package io.lifeline.query.satisfaction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the satisfaction figures of a range from the projection's table. */
@Component
class SatisfactionFigures {
    private static final String FIGURES = """
            SELECT %s AS group_key, count(*) AS ratings, avg(rating)::float8 AS average,
                   count(*) FILTER (WHERE rating = 1) AS s1, count(*) FILTER (WHERE rating = 2) AS s2,
                   count(*) FILTER (WHERE rating = 3) AS s3, count(*) FILTER (WHERE rating = 4) AS s4,
                   count(*) FILTER (WHERE rating = 5) AS s5
            FROM read_model.satisfaction
            WHERE rating IS NOT NULL AND rated_at >= :from AND rated_at < :to %s""";
    private final JdbcClient jdbc;

    SatisfactionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SatisfactionView figures(Instant from, Instant to) {
        return new SatisfactionView(from, to, groups("NULL", from, to).get(0), groups("agent_id::text", from, to),
                groups("team_id::text", from, to), groups("context_kind", from, to));
    }

    private List<SatisfactionGroup> groups(String key, Instant from, Instant to) {
        String grouping = key.equals("NULL") ? "" : "GROUP BY 1 ORDER BY 1 NULLS LAST";
        return jdbc.sql(FIGURES.formatted(key, grouping))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> group(rs)).list();
    }

    private static SatisfactionGroup group(ResultSet rs) throws SQLException {
        long ratings = rs.getLong("ratings");
        return new SatisfactionGroup(rs.getString("group_key"), ratings, ratings == 0 ? null : rs.getDouble("average"),
                List.of(rs.getLong("s1"), rs.getLong("s2"), rs.getLong("s3"), rs.getLong("s4"), rs.getLong("s5")));
    }
}
