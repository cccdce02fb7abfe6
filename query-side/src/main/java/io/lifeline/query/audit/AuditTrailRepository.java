package io.lifeline.query.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Audit entries in the order they were recorded, paged by that order (keyset), filtered by what is
 * given. Never by the store's global index: an event that commits late has a lower one than entries
 * a reader has already paged past.
 */
@Repository
class AuditTrailRepository {
    private final JdbcClient jdbc;

    AuditTrailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntryView> page(long after, String aggregateId, String actor, String type, int limit) {
        List<String> filters = new ArrayList<>();
        if (aggregateId != null) filters.add(" AND aggregate_id = :aggregateId");
        if (actor != null) filters.add(" AND actor = :actor");
        if (type != null) filters.add(" AND event_type = :type");
        var query = jdbc.sql("""
                        SELECT recorded_order, global_index, event_id, aggregate_id, sequence_number, event_type, actor,
                               actor_role, causation_id, correlation_id, occurred_at, payload
                        FROM read_model.audit_trail_entry
                        WHERE recorded_order > :after""" + String.join("", filters) + """

                        ORDER BY recorded_order
                        LIMIT :limit""")
                .param("after", after).param("limit", limit);
        if (aggregateId != null) query = query.param("aggregateId", aggregateId);
        if (actor != null) query = query.param("actor", actor);
        if (type != null) query = query.param("type", type);
        return query.query((rs, n) -> new AuditEntryView(rs.getLong("recorded_order"), rs.getLong("global_index"),
                        rs.getString("event_id"), rs.getString("aggregate_id"), rs.getLong("sequence_number"),
                        rs.getString("event_type"), rs.getString("actor"), rs.getString("actor_role"),
                        rs.getString("causation_id"), rs.getString("correlation_id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("payload")))
                .list();
    }
}
