package io.lifeline.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.query.QuerySideIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read models a message writes a row to are keyed by what their queries use (conversation and
 * sequence, or the store's position), never also by the event's or message's random id: each such
 * index cost every message a B-tree insert at a random page and was read by nothing.
 */
class ReadModelKeysIT extends QuerySideIntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMessagesRowsAreIndexedByConversationAndSequenceOnly() {
        assertThat(indexes("timeline_entry")).containsExactly("(conversation_id, sequence_number)");
        assertThat(indexes("unread_message")).containsExactly("(conversation_id, sequence)");
        assertThat(indexes("search_message")).containsExactlyInAnyOrder("(conversation_id, sequence)", "gin (document)");
    }

    @Test
    void theAuditTrailIsIndexedByPositionOrderAndFiltersNotByEventId() {
        assertThat(indexes("audit_trail_entry")).containsExactlyInAnyOrder("(global_index)", "(recorded_order)",
                "(aggregate_id, recorded_order)", "(actor, recorded_order)", "(event_type, recorded_order)");
    }

    /** Each index of a read-model table as its columns (and access method, if not a B-tree). */
    private List<String> indexes(String table) {
        return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'read_model' AND tablename = :table")
                .param("table", table).query(String.class).list().stream()
                .map(definition -> definition.substring(definition.indexOf(" USING ") + 7).replace("btree ", ""))
                .toList();
    }
}
