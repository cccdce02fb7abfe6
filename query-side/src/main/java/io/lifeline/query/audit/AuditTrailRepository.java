package io.lifeline.query.audit;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Audit entries in the order they were recorded, paged by that order (keyset), filtered by what is
 * given. Never by the store's global index: an event that commits late has a lower one than entries
 * a reader has already paged past.
 */
interface AuditTrailRepository extends JpaRepository<AuditTrailEntry, Long> {

    boolean existsByEventId(String eventId);

    @Query("""
            SELECT e FROM AuditTrailEntry e
            WHERE e.recordedOrder > :after
              AND (:aggregateId IS NULL OR e.aggregateId = :aggregateId)
              AND (:actor IS NULL OR e.actor = :actor)
              AND (:type IS NULL OR e.eventType = :type)
            ORDER BY e.recordedOrder""")
    List<AuditTrailEntry> page(@Param("after") long after, @Param("aggregateId") String aggregateId,
                               @Param("actor") String actor, @Param("type") String type, Limit limit);
}
