package io.lifeline.query.audit;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Audit entries in store order, paged by position (keyset), filtered by what is given. */
interface AuditTrailRepository extends JpaRepository<AuditTrailEntry, Long> {

    @Query("""
            SELECT e FROM AuditTrailEntry e
            WHERE e.globalIndex > :after
              AND (:aggregateId IS NULL OR e.aggregateId = :aggregateId)
              AND (:actor IS NULL OR e.actor = :actor)
              AND (:type IS NULL OR e.eventType = :type)
            ORDER BY e.globalIndex""")
    List<AuditTrailEntry> page(@Param("after") long after, @Param("aggregateId") String aggregateId,
                               @Param("actor") String actor, @Param("type") String type, Limit limit);
}
