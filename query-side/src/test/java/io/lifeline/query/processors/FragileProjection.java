package io.lifeline.query.processors;

import io.lifeline.contracts.conversation.ConversationEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A test-only projection that a test can make fail for one conversation, as a real one fails: its
 * second statement breaks a constraint the test added (see {@link #refuse}), after its first one
 * wrote a row. So a parked event must leave no row behind, and a retry after {@link #allow} must
 * apply it. Part of every test context (the query side runs one), harmless while nothing is refused.
 */
@Component
@ProcessingGroup(FragileProjection.NAME)
class FragileProjection {
    static final String NAME = "test-fragile";
    private final JdbcClient jdbc;

    FragileProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConversationEvent event, @SequenceNumber long sequence) {
        String id = event.conversationId().toString();
        jdbc.sql("INSERT INTO test_side.fragile_event (conversation_id, sequence) VALUES (:id, :sequence)")
                .param("id", id).param("sequence", sequence).update();
        jdbc.sql("INSERT INTO test_side.fragile_check (conversation_id, sequence) VALUES (:id, :sequence)")
                .param("id", id).param("sequence", sequence).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM test_side.fragile_check").update();
        jdbc.sql("DELETE FROM test_side.fragile_event").update();
    }

    /** From now on, the projection fails on every event of the conversation. */
    static void refuse(JdbcClient jdbc, String conversationId) {
        jdbc.sql("ALTER TABLE test_side.fragile_check ADD CONSTRAINT " + constraint(conversationId)
                + " CHECK (conversation_id <> '" + conversationId + "')").update();
    }

    static void allow(JdbcClient jdbc, String conversationId) {
        jdbc.sql("ALTER TABLE test_side.fragile_check DROP CONSTRAINT IF EXISTS " + constraint(conversationId)).update();
    }

    static String constraint(String conversationId) {
        return "refuse_" + conversationId.replace("-", "_");
    }
}
