package io.lifeline.query.inbox;

import io.lifeline.contracts.conversation.*;
import io.lifeline.query.batching.ProjectionWrites;
import io.lifeline.query.filtering.ConversationFacts;
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
 * Keeps one inbox row per conversation. Every change advances the row's last applied sequence and
 * applies only if that moved, in one statement: handling an event twice changes nothing. During a
 * rebuild (the table starts empty) a conversation started in the current batch is held in memory
 * with the batch's later messages folded in ({@link FreshInboxRow}), and inserted once.
 */
@Component
@ProcessingGroup("inbox")
class InboxProjection {
    static final int PREVIEW_LENGTH = 140;
    /** A message, by who wrote it: a device's starts (or joins) a wait, staff's answers it, a rule's answers no one. */
    private static final String DEVICE_WROTE = messageSent(
            "waiting_since = COALESCE(waiting_since, ?), has_urgent = has_urgent OR ?,");
    /**
     * A staff message (not a note, not a rule's SYSTEM message) answers, so it stops the response
     * clocks, as the Conversation aggregate's ResponseClocks do: the inbox shows the same clocks without
     * an event of its own on the send path.
     */
    private static final String STAFF_WROTE = messageSent(
            "waiting_since = NULL, has_urgent = FALSE, first_response_due = NULL, next_response_due = NULL,");
    /** Resolved or closed: nothing waits and no clock runs any more (the aggregate stops them all too). */
    private static final String SETTLED = "status = ?, waiting_since = NULL, has_urgent = FALSE, "
            + "first_response_due = NULL, next_response_due = NULL, resolution_due = NULL";
    private static final String RULE_WROTE = messageSent("");
    private final ProjectionWrites writes;
    private final ConversationFacts facts;

    InboxProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.facts = new ConversationFacts(writes, "read_model.inbox_conversation", "read_model.inbox_label");
    }

    private static String messageSent(String waiting) {
        return "UPDATE read_model.inbox_conversation SET last_sequence = ?, " + waiting
                + " last_message_sequence = ?, last_message_at = ?, last_message_preview = ?"
                + " WHERE conversation_id = ? AND last_sequence < ?";
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus replay) {
        Location location = event.location();
        UUID id = event.conversationId().value();
        var started = new FreshInboxRow(sequence, id, event.device().value(), event.priority().name(),
                event.channel().name(), event.context().kind().name(), event.context().referenceId(), event.subject(),
                location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                location == null ? null : location.accuracyMeters(), at.atOffset(ZoneOffset.UTC));
        if (!(replay.isReplay() && writes.hold(id, started))) {
            started.write(writes); // no message folded in: the row as the start leaves it
        }
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        UUID id = event.conversationId().value();
        OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
        String preview = preview(event.content());
        FreshInboxRow fresh = writes.held(id, FreshInboxRow.class);
        if (fresh != null && fresh.advance(sequence)) {
            if (event.author().isDevice()) {
                fresh.deviceWrote(sequence, time, event.urgent(), preview);
            } else if (event.author().isStaff()) {
                fresh.staffWrote(sequence, time, preview);
            } else {
                fresh.message(sequence, time, preview);
            }
            return;
        }
        if (event.author().isDevice()) {
            writes.update(DEVICE_WROTE, id, sequence, time, event.urgent(), sequence, time, preview, id, sequence);
        } else if (event.author().isStaff()) {
            writes.update(STAFF_WROTE, id, sequence, sequence, time, preview, id, sequence);
        } else {
            writes.update(RULE_WROTE, id, sequence, sequence, time, preview, id, sequence);
        }
    }

    @EventHandler
    void on(PriorityChanged event, @SequenceNumber long sequence) {
        facts.priority(event.conversationId(), sequence, event.priority());
    }

    @EventHandler
    void on(StaffAssigned event, @SequenceNumber long sequence) {
        facts.assignee(event.conversationId(), sequence, event.assignee());
    }

    @EventHandler
    void on(StaffUnassigned event, @SequenceNumber long sequence) {
        facts.assignee(event.conversationId(), sequence, null);
    }

    @EventHandler
    void on(LabelAdded event, @SequenceNumber long sequence) {
        facts.labelAdded(event.conversationId(), sequence, event.label());
    }

    @EventHandler
    void on(LabelRemoved event, @SequenceNumber long sequence) {
        facts.labelRemoved(event.conversationId(), sequence, event.label());
    }

    @EventHandler
    void on(ConversationSnoozed event, @SequenceNumber long sequence) {
        facts.status(event.conversationId(), sequence, ConversationStatus.SNOOZED);
    }

    @EventHandler
    void on(ConversationResolved event, @SequenceNumber long sequence) {
        // Settled: nothing waits any more, so a later message starts a fresh wait rather than jumping the queue.
        facts.set(event.conversationId(), sequence, SETTLED, ConversationStatus.RESOLVED.name());
    }

    @EventHandler
    void on(ConversationReopened event, @SequenceNumber long sequence) {
        facts.status(event.conversationId(), sequence, ConversationStatus.OPEN);
    }

    @EventHandler
    void on(ConversationClosed event, @SequenceNumber long sequence) {
        // Settled: nothing waits any more, so a later message starts a fresh wait rather than jumping the queue.
        facts.set(event.conversationId(), sequence, SETTLED, ConversationStatus.CLOSED.name());
    }

    @EventHandler
    void on(ResponseClockStarted event, @SequenceNumber long sequence) {
        facts.set(event.conversationId(), sequence, dueColumn(event.kind()) + " = ?", event.dueBy().atOffset(ZoneOffset.UTC));
    }

    @EventHandler
    void on(ResponseTargetMissed event, @SequenceNumber long sequence) {
        // The missed clock stops; each kind is listed once however often it was missed.
        facts.set(event.conversationId(), sequence, dueColumn(event.kind()) + " = NULL, missed_targets = "
                + "ARRAY(SELECT DISTINCT m FROM unnest(array_append(missed_targets, CAST(? AS TEXT))) m ORDER BY m)",
                event.kind().name());
    }

    /** Column names come from this constant mapping only, never from input. */
    private static String dueColumn(ResponseTargetKind kind) {
        return switch (kind) {
            case FIRST_RESPONSE -> "first_response_due";
            case NEXT_RESPONSE -> "next_response_due";
            case RESOLUTION -> "resolution_due";
        };
    }

    /** Events that change nothing shown (joins, reads, notes) still move the row's last applied sequence. */
    @EventHandler
    void on(ConversationEvent event, @SequenceNumber long sequence) {
        facts.advance(event.conversationId(), sequence);
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.inbox_label", "read_model.inbox_conversation");
    }

    static String preview(MessageContent content) {
        if (content.body() == null) return "[" + content.kind().name().toLowerCase(java.util.Locale.ROOT) + "]";
        String text = content.body().text().strip();
        if (text.codePointCount(0, text.length()) <= PREVIEW_LENGTH) return text;
        return text.substring(0, text.offsetByCodePoints(0, PREVIEW_LENGTH - 1)) + "…"; // never splits a character
    }


}
