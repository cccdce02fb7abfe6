package io.lifeline.query.timeline;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * One conversation's entries between two sequences (keyset), newest first or oldest first. A device
 * sees neither private notes nor how staff organise its conversation (labels, priority, routing).
 */
interface TimelineEntryRepository extends JpaRepository<TimelineEntry, String> {
    /** Entry kinds about staff's own organisation of a conversation, never shown to its device. */
    java.util.Set<String> STAFF_ONLY_KINDS = java.util.Set.of("label-added", "label-removed", "priority-changed",
            "assigned", "transferred", "unassigned", "snoozed");

    default List<TimelineEntry> newestFirst(String conversationId, long after, long before, boolean includePrivate,
                                            Limit limit) {
        return newestFirst(conversationId, after, before, includePrivate, STAFF_ONLY_KINDS, limit);
    }

    default List<TimelineEntry> oldestFirst(String conversationId, long after, long before, boolean includePrivate,
                                            Limit limit) {
        return oldestFirst(conversationId, after, before, includePrivate, STAFF_ONLY_KINDS, limit);
    }

    @Query("""
            SELECT e FROM TimelineEntry e
            WHERE e.conversationId = :conversationId AND e.sequence > :after AND e.sequence < :before
              AND (:includePrivate = TRUE OR (e.privateNote = FALSE AND e.kind NOT IN :staffOnlyKinds))
            ORDER BY e.sequence DESC""")
    List<TimelineEntry> newestFirst(@Param("conversationId") String conversationId, @Param("after") long after,
                                    @Param("before") long before, @Param("includePrivate") boolean includePrivate,
                                    @Param("staffOnlyKinds") java.util.Set<String> staffOnlyKinds, Limit limit);

    @Query("""
            SELECT e FROM TimelineEntry e
            WHERE e.conversationId = :conversationId AND e.sequence > :after AND e.sequence < :before
              AND (:includePrivate = TRUE OR (e.privateNote = FALSE AND e.kind NOT IN :staffOnlyKinds))
            ORDER BY e.sequence""")
    List<TimelineEntry> oldestFirst(@Param("conversationId") String conversationId, @Param("after") long after,
                                    @Param("before") long before, @Param("includePrivate") boolean includePrivate,
                                    @Param("staffOnlyKinds") java.util.Set<String> staffOnlyKinds, Limit limit);

}
