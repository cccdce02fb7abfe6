package io.lifeline.query.processors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The position of the newest event in the store, against which lag and progress are measured. */
@Component
class EventStoreHead {
    private final JdbcClient jdbc;
    private final String table;

    EventStoreHead(JdbcClient jdbc, @Value("${lifeline.event-store.schema}") String schema) {
        this.jdbc = jdbc;
        this.table = schema + ".domainevententry";
    }

    long position() {
        return jdbc.sql("SELECT coalesce(max(globalindex), -1) FROM " + table).query(Long.class).single();
    }
}
