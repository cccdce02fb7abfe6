package io.lifeline.query.timeline;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** One conversation's entries between two sequences (keyset), newest first or oldest first. */
interface TimelineEntryRepository extends JpaRepository<TimelineEntry, String> {

    @Query("""
            SELECT e FROM TimelineEntry e
            WHERE e.conversationId = :conversationId AND e.sequence > :after AND e.sequence < :before
              AND (:includePrivate = TRUE OR e.privateNote = FALSE)
            ORDER BY e.sequence DESC""")
    List<TimelineEntry> newestFirst(@Param("conversationId") String conversationId, @Param("after") long after,
                                    @Param("before") long before, @Param("includePrivate") boolean includePrivate,
                                    Limit limit);

    @Query("""
            SELECT e FROM TimelineEntry e
            WHERE e.conversationId = :conversationId AND e.sequence > :after AND e.sequence < :before
              AND (:includePrivate = TRUE OR e.privateNote = FALSE)
            ORDER BY e.sequence""")
    List<TimelineEntry> oldestFirst(@Param("conversationId") String conversationId, @Param("after") long after,
                                    @Param("before") long before, @Param("includePrivate") boolean includePrivate,
                                    Limit limit);

}
