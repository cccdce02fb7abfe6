package io.lifeline.query.satisfaction;

import io.lifeline.contracts.conversation.ConversationRated;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.routing.ConversationQueued;
import io.lifeline.contracts.routing.ConversationRouted;
import io.lifeline.query.batching.ProjectionWrites;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * One row per conversation: its context from the start, its team from the routing desk, and the
 * visitor's latest rating with the agent who held it then. A rating applies once (guarded by the
 * conversation's sequence); a team is a fact that only repeats itself. Written through
 * {@link ProjectionWrites}, so a rebuild sends a batch's rows together instead of one at a time.
 */
@Component
@ProcessingGroup("satisfaction")
class SatisfactionProjection {
    private static final String STARTED = """
            INSERT INTO read_model.satisfaction (conversation_id, context_kind, last_sequence)
            VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING""";
    private static final String TEAM = "UPDATE read_model.satisfaction SET team_id = ? WHERE conversation_id = ?";
    private static final String RATED = """
            UPDATE read_model.satisfaction SET rating = ?, comment = ?, agent_id = ?, rated_at = ?, last_sequence = ?
            WHERE conversation_id = ? AND last_sequence < ?""";
    private final ProjectionWrites writes;

    SatisfactionProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        writes.update(STARTED, id, id, event.context().kind().name(), sequence);
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
        UUID id = event.conversationId().value();
        writes.update(RATED, id, event.rating(), event.comment() == null ? null : event.comment().text(),
                event.assignee() == null ? null : event.assignee().value(), Timestamp.from(at), sequence, id, sequence);
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.satisfaction");
    }

    private void team(UUID conversation, UUID team) {
        if (team != null) {
            writes.update(TEAM, conversation, team, conversation);
        }
    }
}
