package io.lifeline.query.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's own global index in the store, looked up by its event id. A projection that records
 * where an event stands must ask here rather than take its tracking token's position: for an event
 * that fills a gap (its transaction committed after a later-numbered one's) that position is the
 * highest index the processor has seen so far, another event's.
 * <p>
 * The store reader ({@link io.lifeline.support.storedevents.EventStoreReader}) has each event's index in hand when it reads the
 * event, and notes it here for the projections that handle the event just after: a rebuild asks the
 * store only for what fell out of that short memory.
 */
@Component
public class EventGlobalIndex {
    /** Far more than the events read and not yet handled by every processor together (a read is 1,000 each). */
    private static final int REMEMBERED = 65_536;
    private final JdbcClient jdbc;
    private final String eventTable;
    private final Map<String, Long> recent = Collections.synchronizedMap(new LinkedHashMap<>(REMEMBERED, 0.75f) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    });

    EventGlobalIndex(JdbcClient jdbc, @Value("${lifeline.event-store.schema}") String eventStoreSchema) {
        this.jdbc = jdbc;
        this.eventTable = eventStoreSchema + ".domainevententry";
    }

    /** The global index the store gave this (stored) event. */
    public long of(EventMessage<?> event) {
        Long remembered = recent.get(event.getIdentifier());
        if (remembered != null) {
            return remembered;
        }
        return jdbc.sql("SELECT globalindex FROM " + eventTable + " WHERE eventidentifier = :id")
                .param("id", event.getIdentifier()).query(Long.class).single();
    }

    /** The store reader read this event at this index. */
    void remember(String eventId, long globalIndex) {
        recent.put(eventId, globalIndex);
    }
}
