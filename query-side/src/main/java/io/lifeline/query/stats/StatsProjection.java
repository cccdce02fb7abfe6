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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the facts statistics are computed from, at each event's own time (never the clock), so
 * replaying the store writes the same rows. Every handler first advances the conversation's last
 * applied sequence; an event already applied finds nothing to advance and changes nothing.
 * Plain SQL because every write is a conditional update or an upsert on a natural key.
 */
@Component
@ProcessingGroup("stats")
class StatsProjection {
    private final JdbcClient jdbc;

    StatsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        int inserted = jdbc.sql("""
                        INSERT INTO read_model.stats_conversation (conversation_id, status, priority, channel, context_kind,
                            context_reference, created_at, current_cycle, last_sequence)
                        VALUES (:id, :status, :priority, :channel, :kind, :reference, :at, 0, :sequence)
                        ON CONFLICT (conversation_id) DO NOTHING""")
                .param("id", id).param("status", ConversationStatus.OPEN.name())
                .param("priority", event.priority().name()).param("channel", event.channel().name())
                .param("kind", event.context().kind().name()).param("reference", event.context().referenceId())
                .param("at", time(at)).param("sequence", sequence).update();
        if (inserted == 1) {
            startCycle(id, 0, at);
        }
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        if (!advance(id, sequence)) return;
        Actor author = event.author();
        jdbc.sql("""
                        INSERT INTO read_model.stats_message (conversation_id, sequence, sent_at, hour_bucket, author_kind, message_kind)
                        VALUES (:id, :sequence, :at, :hour, :author, :kind)""")
                .param("id", id).param("sequence", sequence).param("at", time(at))
                .param("hour", time(at.truncatedTo(ChronoUnit.HOURS))).param("author", author.kind().name())
                .param("kind", event.content().kind().name()).update();
        if (author.isDevice()) {
            deviceWrote(id, sequence, at);
        } else if (author.isStaff() && event.content().kind() != MessageKind.SYSTEM) {
            staffAnswered(id, author.staffId().value(), at); // automated messages never count as answers
        }
    }

    private void deviceWrote(UUID id, long sequence, Instant at) {
        jdbc.sql("""
                        UPDATE read_model.stats_cycle c SET first_device_message_at = :at
                        FROM read_model.stats_conversation s
                        WHERE s.conversation_id = :id AND c.conversation_id = s.conversation_id
                          AND c.cycle = s.current_cycle AND c.first_device_message_at IS NULL""")
                .param("id", id).param("at", time(at)).update();
        // Only the first unanswered device message starts a wait; later ones join it.
        int waiting = jdbc.sql("""
                        UPDATE read_model.stats_conversation SET waiting_sequence = :sequence
                        WHERE conversation_id = :id AND waiting_sequence IS NULL""")
                .param("id", id).param("sequence", sequence).update();
        if (waiting == 1) {
            jdbc.sql("""
                            INSERT INTO read_model.stats_reply (conversation_id, waiting_sequence, cycle, waiting_since)
                            SELECT conversation_id, :sequence, current_cycle, :at FROM read_model.stats_conversation
                            WHERE conversation_id = :id""")
                    .param("id", id).param("sequence", sequence).param("at", time(at)).update();
        }
    }

    private void staffAnswered(UUID id, UUID staff, Instant at) {
        // A staff message before the device wrote in this cycle answers nobody, so it is no first response.
        jdbc.sql("""
                        UPDATE read_model.stats_cycle c SET first_staff_message_at = :at, responder = :staff
                        FROM read_model.stats_conversation s
                        WHERE s.conversation_id = :id AND c.conversation_id = s.conversation_id
                          AND c.cycle = s.current_cycle AND c.first_device_message_at IS NOT NULL
                          AND c.first_staff_message_at IS NULL""")
                .param("id", id).param("at", time(at)).param("staff", staff).update();
        jdbc.sql("""
                        UPDATE read_model.stats_reply r SET replied_at = :at, responder = :staff
                        FROM read_model.stats_conversation s
                        WHERE s.conversation_id = :id AND r.conversation_id = s.conversation_id
                          AND r.waiting_sequence = s.waiting_sequence""")
                .param("id", id).param("at", time(at)).param("staff", staff).update();
        endWait(id);
    }

    @EventHandler
    void on(StaffAssigned event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        if (!advance(id, sequence)) return;
        jdbc.sql("UPDATE read_model.stats_conversation SET assignee = :staff WHERE conversation_id = :id")
                .param("id", id).param("staff", event.assignee().value()).update();
    }

    @EventHandler
    void on(StaffUnassigned event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        if (!advance(id, sequence)) return;
        jdbc.sql("UPDATE read_model.stats_conversation SET assignee = NULL WHERE conversation_id = :id AND assignee = :staff")
                .param("id", id).param("staff", event.formerAssignee().value()).update();
    }

    @EventHandler
    void on(PriorityChanged event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        if (!advance(id, sequence)) return;
        jdbc.sql("UPDATE read_model.stats_conversation SET priority = :priority WHERE conversation_id = :id")
                .param("id", id).param("priority", event.priority().name()).update();
    }

    @EventHandler
    void on(ConversationSnoozed event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        if (!advance(id, sequence)) return;
        status(id, ConversationStatus.SNOOZED);
    }

    @EventHandler
    void on(ConversationResolved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        if (!advance(id, sequence)) return;
        status(id, ConversationStatus.RESOLVED);
        jdbc.sql("""
                        UPDATE read_model.stats_cycle c SET resolved_at = :at
                        FROM read_model.stats_conversation s
                        WHERE s.conversation_id = :id AND c.conversation_id = s.conversation_id
                          AND c.cycle = s.current_cycle AND c.resolved_at IS NULL""")
                .param("id", id).param("at", time(at)).update();
        endWait(id); // a settled matter owes no answer: the wait stays unanswered
    }

    @EventHandler
    void on(ConversationReopened event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        if (!advance(id, sequence)) return;
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
        UUID id = event.conversationId().value();
        if (!advance(id, sequence)) return;
        status(id, ConversationStatus.CLOSED);
        endWait(id);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.stats_message").update();
        jdbc.sql("DELETE FROM read_model.stats_reply").update();
        jdbc.sql("DELETE FROM read_model.stats_cycle").update();
        jdbc.sql("DELETE FROM read_model.stats_conversation").update();
    }

    /** Moves the conversation to this event; false if it was applied already (or never started here). */
    private boolean advance(UUID id, long sequence) {
        return jdbc.sql("""
                        UPDATE read_model.stats_conversation SET last_sequence = :sequence
                        WHERE conversation_id = :id AND last_sequence < :sequence""")
                .param("id", id).param("sequence", sequence).update() == 1;
    }

    private void startCycle(UUID id, int cycle, Instant at) {
        jdbc.sql("INSERT INTO read_model.stats_cycle (conversation_id, cycle, started_at) VALUES (:id, :cycle, :at)")
                .param("id", id).param("cycle", cycle).param("at", time(at)).update();
    }

    private void status(UUID id, ConversationStatus status) {
        jdbc.sql("UPDATE read_model.stats_conversation SET status = :status WHERE conversation_id = :id")
                .param("id", id).param("status", status.name()).update();
    }

    private void endWait(UUID id) {
        jdbc.sql("UPDATE read_model.stats_conversation SET waiting_sequence = NULL WHERE conversation_id = :id")
                .param("id", id).update();
    }

    static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
