package io.lifeline.query.processors;

import io.lifeline.contracts.conversation.ConversationEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A test-only projection that writes through JPA, as the notifications projection does, and that a
 * test can make fail for one conversation (see {@link #refuse}): its handler only saves an entity,
 * so the failure comes when JPA flushes the insert, in the fast path at the batch's commit, long
 * after the handler returned. Part of every test context, harmless while nothing is refused.
 */
@Component
@ProcessingGroup(FragileJpaProjection.NAME)
class FragileJpaProjection {
    static final String NAME = "test-fragile-jpa";
    private final FragileJpaNoteRepository notes;

    FragileJpaProjection(FragileJpaNoteRepository notes) {
        this.notes = notes;
    }

    @EventHandler
    void on(ConversationEvent event, @SequenceNumber long sequence) {
        notes.save(new FragileJpaNote(event.conversationId().toString(), sequence));
    }

    @ResetHandler
    void reset() {
        notes.deleteAllInBatch();
    }

    /** From now on, every insert of the conversation's rows breaks a constraint when it is flushed. */
    static void refuse(JdbcClient jdbc, String conversationId) {
        jdbc.sql("ALTER TABLE test_side.fragile_jpa_note ADD CONSTRAINT " + constraint(conversationId)
                + " CHECK (conversation_id <> '" + conversationId + "')").update();
    }

    static void allow(JdbcClient jdbc, String conversationId) {
        jdbc.sql("ALTER TABLE test_side.fragile_jpa_note DROP CONSTRAINT IF EXISTS " + constraint(conversationId)).update();
    }

    static String constraint(String conversationId) {
        return "refuse_jpa_" + conversationId.replace("-", "_");
    }
}
