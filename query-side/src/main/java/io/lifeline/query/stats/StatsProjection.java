package io.lifeline.query.stats;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.ConversationClosed;
import io.lifeline.contracts.conversation.ConversationReopened;
import io.lifeline.contracts.conversation.ConversationResolved;
import io.lifeline.contracts.conversation.ConversationSnoozed;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.MessageKind;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.PriorityChanged;
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffUnassigned;
import io.lifeline.query.batching.ProjectionWrites;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the facts statistics are computed from, at each event's own time (never the clock), so
 * replaying the store writes the same rows. Every handler advances the conversation's last applied
 * sequence and builds its other changes on that advance in the same statement ({@code moved}); an
 * event already applied finds nothing to advance and changes nothing. Plain SQL because every write
 * is a conditional update or an upsert on a natural key; two changes of one row are one update,
 * never two in one statement (they would not see each other).
 * <p>
 * During a rebuild the tables start empty, so a conversation started in the current batch is held in
 * memory ({@link FreshConversation}) and its later events of the batch are folded into it: its rows are
 * inserted once in their final state instead of inserted and then updated event by event.
 */
@Component
@ProcessingGroup("stats")
class StatsProjection {
    private static final String STARTED = """
            WITH started AS (
                INSERT INTO read_model.stats_conversation (conversation_id, status, priority, channel, context_kind,
                    context_reference, created_at, current_cycle, last_sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)
                ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id)
            INSERT INTO read_model.stats_cycle (conversation_id, cycle, started_at) SELECT conversation_id, 0, ? FROM started""";
    private static final String MESSAGE = """
            message AS (
                INSERT INTO read_model.stats_message (conversation_id, sequence, sent_at, hour_bucket, author_kind, message_kind)
                SELECT conversation_id, ?, ?, ?, ?, ? FROM moved)
            """;
    /** A device's message: only the first unanswered one starts a wait (and its reply row); later ones join it. */
    private static final String DEVICE_WROTE = """
            WITH moved AS (
                UPDATE read_model.stats_conversation SET last_sequence = ?, waiting_sequence = COALESCE(waiting_sequence, ?)
                WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id, current_cycle, waiting_sequence),
            """ + MESSAGE + """
            , cycle AS (
                UPDATE read_model.stats_cycle c SET first_device_message_at = ? FROM moved
                WHERE c.conversation_id = moved.conversation_id AND c.cycle = moved.current_cycle
                  AND c.first_device_message_at IS NULL)
            INSERT INTO read_model.stats_reply (conversation_id, waiting_sequence, cycle, waiting_since)
            SELECT conversation_id, waiting_sequence, current_cycle, ? FROM moved WHERE waiting_sequence = ?""";
    /**
     * A staff message answers the wait that was open before it, and is the cycle's first response
     * only if the device wrote in this cycle before it (else it answers nobody).
     */
    private static final String STAFF_ANSWERED = """
            WITH before AS (SELECT waiting_sequence FROM read_model.stats_conversation WHERE conversation_id = ?),
            moved AS (
                UPDATE read_model.stats_conversation SET last_sequence = ?, waiting_sequence = NULL
                WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id, current_cycle),
            """ + MESSAGE + """
            , cycle AS (
                UPDATE read_model.stats_cycle c SET first_staff_message_at = ?, responder = ? FROM moved
                WHERE c.conversation_id = moved.conversation_id AND c.cycle = moved.current_cycle
                  AND c.first_device_message_at IS NOT NULL AND c.first_staff_message_at IS NULL)
            UPDATE read_model.stats_reply r SET replied_at = ?, responder = ? FROM moved, before
            WHERE r.conversation_id = moved.conversation_id AND r.waiting_sequence = before.waiting_sequence""";
    /** Automated messages never count as answers, and a rule's message answers no one. */
    private static final String OTHER_WROTE = """
            WITH moved AS (
                UPDATE read_model.stats_conversation SET last_sequence = ?
                WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id)
            INSERT INTO read_model.stats_message (conversation_id, sequence, sent_at, hour_bucket, author_kind, message_kind)
            SELECT conversation_id, ?, ?, ?, ?, ? FROM moved""";
    private static final String RESOLVED = """
            WITH moved AS (
                UPDATE read_model.stats_conversation SET last_sequence = ?, status = ?, waiting_sequence = NULL
                WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id, current_cycle)
            UPDATE read_model.stats_cycle c SET resolved_at = ?, resolved_by = ? FROM moved
            WHERE c.conversation_id = moved.conversation_id AND c.cycle = moved.current_cycle AND c.resolved_at IS NULL""";
    private final ProjectionWrites writes;
    private final JdbcClient jdbc;
    /** The guarded update for each change of the conversation row: built once, not per event. */
    private final Map<String, String> changes = new ConcurrentHashMap<>();

    StatsProjection(ProjectionWrites writes, JdbcClient jdbc) {
        this.writes = writes;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        UUID id = event.conversationId().value();
        if (replay.isReplay() && writes.hold(id, new FreshConversation(id, sequence, event.priority().name(),
                event.channel().name(), event.context().kind().name(), event.context().referenceId(), time(at)))) {
            return;
        }
        writes.update(STARTED, id, id, ConversationStatus.OPEN.name(), event.priority().name(), event.channel().name(),
                event.context().kind().name(), event.context().referenceId(), time(at), sequence, time(at));
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        Actor author = event.author();
        FreshConversation fresh = fresh(id, sequence);
        if (fresh != null) {
            fresh.message(sequence, time(at), time(at.truncatedTo(ChronoUnit.HOURS)), author.kind().name(),
                    event.content().kind().name());
            if (author.isDevice()) {
                fresh.deviceWrote(sequence, time(at));
            } else if (author.isStaff() && event.content().kind() != MessageKind.SYSTEM) {
                fresh.staffAnswered(time(at), author.staffId().value());
            }
            return;
        }
        Object[] message = {sequence, time(at), time(at.truncatedTo(ChronoUnit.HOURS)), author.kind().name(),
                event.content().kind().name()};
        if (author.isDevice()) {
            writes.update(DEVICE_WROTE, id, args(new Object[] {sequence, sequence, id, sequence}, message,
                    new Object[] {time(at), time(at), sequence}));
        } else if (author.isStaff() && event.content().kind() != MessageKind.SYSTEM) {
            UUID staff = author.staffId().value();
            writes.update(STAFF_ANSWERED, id, args(new Object[] {id, sequence, id, sequence}, message,
                    new Object[] {time(at), staff, time(at), staff}));
        } else {
            writes.update(OTHER_WROTE, id, args(new Object[] {sequence, id, sequence}, message, new Object[0]));
        }
    }

    @EventHandler
    void on(StaffAssigned event, @SequenceNumber long sequence) {
        FreshConversation fresh = fresh(event.conversationId().value(), sequence);
        if (fresh != null) {
            fresh.assigned(event.assignee().value());
            return;
        }
        change(event.conversationId().value(), sequence, "assignee = ?", event.assignee().value());
    }

    @EventHandler
    void on(StaffUnassigned event, @SequenceNumber long sequence) {
        FreshConversation fresh = fresh(event.conversationId().value(), sequence);
        if (fresh != null) {
            fresh.unassigned(event.formerAssignee().value());
            return;
        }
        // Only the former assignee's unassignment empties the seat.
        change(event.conversationId().value(), sequence, "assignee = CASE WHEN assignee = ? THEN NULL ELSE assignee END",
                event.formerAssignee().value());
    }

    @EventHandler
    void on(PriorityChanged event, @SequenceNumber long sequence) {
        FreshConversation fresh = fresh(event.conversationId().value(), sequence);
        if (fresh != null) {
            fresh.priority(event.priority().name());
            return;
        }
        change(event.conversationId().value(), sequence, "priority = ?", event.priority().name());
    }

    @EventHandler
    void on(ConversationSnoozed event, @SequenceNumber long sequence) {
        FreshConversation fresh = fresh(event.conversationId().value(), sequence);
        if (fresh != null) {
            fresh.status(ConversationStatus.SNOOZED);
            return;
        }
        change(event.conversationId().value(), sequence, "status = ?", ConversationStatus.SNOOZED.name());
    }

    @EventHandler
    void on(ConversationResolved event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(Actor.METADATA_KEY) String actor) {
        UUID id = event.conversationId().value();
        FreshConversation fresh = fresh(id, sequence);
        if (fresh != null) {
            fresh.resolved(time(at), resolver(actor));
            return;
        }
        // a settled matter owes no answer: the wait stays unanswered
        writes.update(RESOLVED, id, sequence, ConversationStatus.RESOLVED.name(), id, sequence, time(at), resolver(actor));
    }

    @EventHandler
    void on(ConversationReopened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        FreshConversation fresh = fresh(id, sequence);
        if (fresh != null) {
            fresh.reopened(time(at));
            return;
        }
        if (!advanceNow(id, sequence)) return; // what follows reads the row, so it runs at once
        // Only reopening a resolved conversation starts a new cycle; waking from a snooze continues the current one.
        String before = jdbc.sql("SELECT status FROM read_model.stats_conversation WHERE conversation_id = :id")
                .param("id", id).query(String.class).single();
        if (!ConversationStatus.RESOLVED.name().equals(before)) {
            status(id, ConversationStatus.OPEN);
            return;
        }
        Integer cycle = jdbc.sql("""
                        UPDATE read_model.stats_conversation SET status = :status, current_cycle = current_cycle + 1
                        WHERE conversation_id = :id RETURNING current_cycle""")
                .param("id", id).param("status", ConversationStatus.OPEN.name()).query(Integer.class).single();
        startCycle(id, cycle, at);
    }

    @EventHandler
    void on(ConversationClosed event, @SequenceNumber long sequence) {
        FreshConversation fresh = fresh(event.conversationId().value(), sequence);
        if (fresh != null) {
            fresh.closed();
            return;
        }
        change(event.conversationId().value(), sequence, "status = ?, waiting_sequence = NULL",
                ConversationStatus.CLOSED.name());
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.stats_message",
                "read_model.stats_reply",
                "read_model.stats_cycle",
                "read_model.stats_conversation");
    }

    /**
     * The conversation as this batch holds it, moved to this event; null when it is not held (its
     * statements go to the database) or when the event was folded already (its guarded statement
     * then writes the held rows and changes nothing).
     */
    private FreshConversation fresh(UUID id, long sequence) {
        FreshConversation fresh = writes.held(id, FreshConversation.class);
        return fresh != null && fresh.advance(sequence) ? fresh : null;
    }

    /** Applies {@code assignment} (with one {@code ?} for {@code value}) to the conversation row, once per event. */
    private void change(UUID id, long sequence, String assignment, Object value) {
        String sql = changes.computeIfAbsent(assignment, a -> "UPDATE read_model.stats_conversation SET last_sequence = ?, "
                + a + " WHERE conversation_id = ? AND last_sequence < ?");
        writes.update(sql, id, sequence, value, id, sequence);
    }

    /** Moves the conversation to this event at once; false if it was applied already (or never started here). */
    private boolean advanceNow(UUID id, long sequence) {
        return writes.updateNow("""
                        UPDATE read_model.stats_conversation SET last_sequence = ?
                        WHERE conversation_id = ? AND last_sequence < ?""", sequence, id, sequence) == 1;
    }

    private void startCycle(UUID id, int cycle, Instant at) {
        jdbc.sql("INSERT INTO read_model.stats_cycle (conversation_id, cycle, started_at) VALUES (:id, :cycle, :at)")
                .param("id", id).param("cycle", cycle).param("at", time(at)).update();
    }

    private void status(UUID id, ConversationStatus status) {
        jdbc.sql("UPDATE read_model.stats_conversation SET status = :status WHERE conversation_id = :id")
                .param("id", id).param("status", status.name()).update();
    }

    private static Object[] args(Object[] first, Object[] second, Object[] third) {
        Object[] all = new Object[first.length + second.length + third.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        System.arraycopy(third, 0, all, first.length + second.length, third.length);
        return all;
    }

    /**
     * The staff member who acted, or null for a device, an automation or an event without an actor.
     * A stored actor is never validated here: one this code cannot read counts for nobody.
     */
    private static UUID resolver(String actor) {
        if (actor == null) return null;
        try {
            Actor who = Actor.parse(actor);
            return who.isStaff() ? who.staffId().value() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
