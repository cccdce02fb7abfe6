package io.lifeline.query.routing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the desk's tables; a waiting conversation's team and place are worked out as the desk works them out. */
@Repository
class RoutingRepository {
    private final JdbcClient jdbc;

    RoutingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TeamView> teams() {
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        jdbc.sql("SELECT team_id, staff_id FROM read_model.routing_team_member ORDER BY joined_seq")
                .query(rs -> {
                    members.computeIfAbsent(rs.getObject(1, UUID.class), team -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
                });
        return jdbc.sql("SELECT team_id, name, strategy FROM read_model.routing_team ORDER BY name, team_id")
                .query((rs, n) -> {
                    UUID team = rs.getObject(1, UUID.class);
                    return new TeamView(team, rs.getString(2), rs.getString(3), members.getOrDefault(team, List.of()));
                })
                .list();
    }

    List<RoutingRuleView> rules() {
        return jdbc.sql("""
                        SELECT rule_id, rule_order, context_kind, channel, team_id FROM read_model.routing_rule
                        ORDER BY rule_order, created_seq""")
                .query((rs, n) -> new RoutingRuleView(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, UUID.class)))
                .list();
    }

    List<AgentView> agents() {
        return jdbc.sql("""
                        SELECT known.staff_id, COALESCE(a.availability, 'OFFLINE') AS availability, a.capacity,
                               (SELECT COUNT(*) FROM read_model.routing_seat s WHERE s.staff_id = known.staff_id) AS load
                        FROM (SELECT staff_id FROM read_model.routing_agent
                              UNION SELECT staff_id FROM read_model.routing_team_member
                              UNION SELECT staff_id FROM read_model.routing_seat) known
                        LEFT JOIN read_model.routing_agent a ON a.staff_id = known.staff_id
                        ORDER BY known.staff_id""")
                .query((rs, n) -> new AgentView(rs.getObject(1, UUID.class), rs.getString(2),
                        (Integer) rs.getObject(3), rs.getInt(4)))
                .list();
    }

    /** The queue in serving order per team: the first matching rule (lowest order, then oldest) names the team. */
    List<QueuedConversationView> queue(UUID team) {
        var query = jdbc.sql("""
                        SELECT * FROM (
                            SELECT q.conversation_id, r.team_id, q.priority, q.queued_at,
                                   ROW_NUMBER() OVER (PARTITION BY r.team_id
                                                      ORDER BY (q.priority = 'URGENT') DESC, q.arrival) AS position
                            FROM read_model.routing_queue q
                            LEFT JOIN LATERAL (
                                SELECT rule.team_id FROM read_model.routing_rule rule
                                WHERE (rule.context_kind IS NULL OR rule.context_kind = q.context_kind)
                                  AND (rule.channel IS NULL OR rule.channel = q.channel)
                                ORDER BY rule.rule_order, rule.created_seq
                                LIMIT 1) r ON TRUE) waiting
                        WHERE CAST(:team AS UUID) IS NULL OR team_id = :team
                        ORDER BY team_id NULLS LAST, position""")
                .param("team", team, java.sql.Types.OTHER);
        return query.query((rs, n) -> new QueuedConversationView(rs.getObject("conversation_id", UUID.class),
                        rs.getObject("team_id", UUID.class), rs.getInt("position"), rs.getString("priority"),
                        rs.getObject("queued_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
