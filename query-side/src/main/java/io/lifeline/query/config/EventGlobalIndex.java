package io.lifeline.query.config;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An event's own global index in the store, looked up by its event id. A projection that records
 * where an event stands must ask here rather than take its tracking token's position: for an event
 * that fills a gap (its transaction committed after a later-numbered one's) that position is the
 * highest index the processor has seen so far, another event's.
 */
@Component
public class EventGlobalIndex {
    private final JdbcClient jdbc;
    private final String eventTable;

    EventGlobalIndex(JdbcClient jdbc, @Value("${lifeline.event-store.schema}") String eventStoreSchema) {
        this.jdbc = jdbc;
        this.eventTable = eventStoreSchema + ".domainevententry";
    }

    /**
     * The same lookup as an SQL expression with one parameter, the event id: a projection's batched
     * write reads the index in the statement that needs it, not in a round trip of its own.
     */
    public String expression() {
        return "(SELECT globalindex FROM " + eventTable + " WHERE eventidentifier = ?)";
    }

    /** The global index the store gave this (stored) event. */
    public long of(EventMessage<?> event) {
        return jdbc.sql("SELECT globalindex FROM " + eventTable + " WHERE eventidentifier = :id")
                .param("id", event.getIdentifier()).query(Long.class).single();
    }
}
