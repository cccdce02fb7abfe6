package io.lifeline.query.targets;

import io.lifeline.contracts.conversation.ConversationClosed;
import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.conversation.ConversationResolved;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.PriorityChanged;
import io.lifeline.contracts.conversation.ResponseClockStarted;
import io.lifeline.contracts.conversation.ResponseTargetMissed;
import io.lifeline.query.batching.FreshRow;
import io.lifeline.query.batching.ProjectionWrites;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * One row per response clock, ended as the conversation's events say, mirroring the aggregate's
 * ResponseClocks: a staff message (never a rule's SYSTEM message, never a private note) meets the
 * running response clocks, a miss ends its clock as missed, a resolution or closing meets the
 * resolution clock and stops the response clocks unanswered. Every change first advances the
 * conversation's last applied sequence and applies only if that moved, in one statement, so an
 * event handled twice changes nothing. During a rebuild (the tables start empty) the row of a
 * conversation started in the current batch is held in memory while later events only advance it
 * ({@link FreshRow}) and inserted once.
 */
@Component
@ProcessingGroup("response-target-stats")
class ResponseClockProjection {
    private static final String MOVED = "WITH moved AS (UPDATE read_model.response_target_conversation SET last_sequence = ?%s"
            + " WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id, priority, context_kind) ";
    private static final String STARTED = """
            INSERT INTO read_model.response_target_conversation (conversation_id, priority, context_kind, last_sequence)
            VALUES (?, ?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING""";
    private static final String ADVANCE = "UPDATE read_model.response_target_conversation SET last_sequence = ?"
            + " WHERE conversation_id = ? AND last_sequence < ?";
    /** Later clocks take the new priority; clocks already started keep the one they started with. */
    private static final String PRIORITY = "UPDATE read_model.response_target_conversation SET last_sequence = ?, priority = ?"
            + " WHERE conversation_id = ? AND last_sequence < ?";
    private static final String CLOCK_STARTED = MOVED.formatted("") + """
            INSERT INTO read_model.response_clock (conversation_id, started_sequence, kind, priority, context_kind,
                started_at, due_by, outcome)
            SELECT conversation_id, ?, ?, priority, context_kind, ?, ?, 'RUNNING' FROM moved
            ON CONFLICT DO NOTHING""";
    /** Ends the running clocks of the given kinds (a text array) with the given outcome. */
    private static final String END = MOVED.formatted("") + """
            UPDATE read_model.response_clock c SET outcome = ?, ended_at = ?
            FROM moved WHERE c.conversation_id = moved.conversation_id AND c.outcome = 'RUNNING'
              AND c.kind = ANY (string_to_array(?, ','))""";
    /** Resolved or closed: the resolution clock is met, response clocks still running stop unanswered. */
    private static final String SETTLED = MOVED.formatted("") + """
            UPDATE read_model.response_clock c
            SET outcome = CASE WHEN c.kind = 'RESOLUTION' THEN 'MET' ELSE 'STOPPED' END, ended_at = ?
            FROM moved WHERE c.conversation_id = moved.conversation_id AND c.outcome = 'RUNNING'""";
    private static final String RESPONSE_KINDS = "FIRST_RESPONSE,NEXT_RESPONSE";
    private final ProjectionWrites writes;

    ResponseClockProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence, ReplayStatus replay) {
        UUID id = event.conversationId().value();
        var started = new FreshRow(STARTED, id, sequence, id, event.priority().name(), event.context().kind().name());
        if (!(replay.isReplay() && writes.hold(id, started))) {
            started.write(writes);
        }
    }

    @EventHandler
    void on(PriorityChanged event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        writes.update(PRIORITY, id, sequence, event.priority().name(), id, sequence);
    }

    @EventHandler
    void on(ResponseClockStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        writes.update(CLOCK_STARTED, id, sequence, id, sequence, sequence, event.kind().name(), time(at), time(event.dueBy()));
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        if (event.author().isStaff()) {
            writes.update(END, id, sequence, id, sequence, "MET", time(at), RESPONSE_KINDS);
        } else {
            advance(id, sequence);
        }
    }

    @EventHandler
    void on(ResponseTargetMissed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        writes.update(END, id, sequence, id, sequence, "MISSED", time(at), event.kind().name());
    }

    @EventHandler
    void on(ConversationResolved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        writes.update(SETTLED, id, sequence, id, sequence, time(at));
    }

    @EventHandler
    void on(ConversationClosed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        writes.update(SETTLED, id, sequence, id, sequence, time(at));
    }

    /** Every other event of a conversation still moves its last applied sequence. */
    @EventHandler
    void on(ConversationEvent event, @SequenceNumber long sequence) {
        advance(event.conversationId().value(), sequence);
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.response_clock", "read_model.response_target_conversation");
    }

    /** Moves the conversation's last applied sequence: in memory while a rebuild's batch holds its row. */
    private void advance(UUID id, long sequence) {
        FreshRow fresh = writes.held(id, FreshRow.class);
        if (fresh != null) {
            fresh.advance(sequence);
        } else {
            writes.update(ADVANCE, id, sequence, id, sequence);
        }
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
