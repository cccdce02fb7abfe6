package io.lifeline.query.satisfaction;

import io.lifeline.contracts.conversation.ConversationRated;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.routing.ConversationQueued;
import io.lifeline.contracts.routing.ConversationRouted;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One row per conversation: its context from the start, its team from the routing desk, and the
 * visitor's latest rating with the agent who held it then. A rating applies once (guarded by the
 * conversation's sequence); a team is a fact that only repeats itself.
 */
@Component
@ProcessingGroup("satisfaction")
class SatisfactionProjection {
    private final JdbcClient jdbc;

    SatisfactionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO read_model.satisfaction (conversation_id, context_kind, last_sequence)
                        VALUES (:id, :context, :sequence) ON CONFLICT (conversation_id) DO NOTHING""")
                .param("id", event.conversationId().value()).param("context", event.context().kind().name())
                .param("sequence", sequence).update();
    }

    @EventHandler
    void on(ConversationRouted event) {
        team(event.conversationId().value(), event.decision().team() == null ? null : event.decision().team().value());
    }

    @EventHandler
    void on(ConversationQueued event) {
        team(event.conversationId().value(), event.team() == null ? null : event.team().value());
    }

    @EventHandler
    void on(ConversationRated event, @SequenceNumber long sequence, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE read_model.satisfaction SET rating = :rating, comment = :comment, agent_id = :agent,
                               rated_at = :at, last_sequence = :sequence
                        WHERE conversation_id = :id AND last_sequence < :sequence""")
                .param("id", event.conversationId().value()).param("rating", event.rating())
                .param("comment", event.comment() == null ? null : event.comment().text())
                .param("agent", event.assignee() == null ? null : event.assignee().value())
                .param("at", Timestamp.from(at)).param("sequence", sequence).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.satisfaction").update();
    }

    private void team(java.util.UUID conversation, java.util.UUID team) {
        if (team != null) {
            jdbc.sql("UPDATE read_model.satisfaction SET team_id = :team WHERE conversation_id = :id")
                    .param("id", conversation).param("team", team).update();
        }
    }
}
