package io.lifeline.query.timeline;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.AnswerDeadlineMissed;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.ConversationClosed;
import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.conversation.ConversationReopened;
import io.lifeline.contracts.conversation.ConversationResolved;
import io.lifeline.contracts.conversation.ConversationSnoozed;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.LabelAdded;
import io.lifeline.contracts.conversation.LabelRemoved;
import io.lifeline.contracts.conversation.Location;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.PriorityChanged;
import io.lifeline.contracts.conversation.PrivateNoteAdded;
import io.lifeline.contracts.conversation.ResponseClockStarted;
import io.lifeline.contracts.conversation.ResponseTargetMissed;
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffJoined;
import io.lifeline.contracts.conversation.StaffLeft;
import io.lifeline.contracts.conversation.StaffUnassigned;
import io.lifeline.query.batching.ProjectionWrites;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each conversation's timeline and header. Every handler advances the conversation's last
 * applied sequence, and changes anything only if that moved, in one statement (the entry is inserted
 * from the {@code moved} header row), so an event handled twice changes nothing. Delivery and read events only advance that sequence: they are positions, not entries.
 * During a rebuild (the tables start empty) a conversation started in the current batch is held in
 * memory ({@link FreshTimeline}) with the batch's later entries, and inserted once.
 */
@Component
@ProcessingGroup("timeline")
class TimelineProjection {
    /** Adds v.value to a comma-separated list column unless it is there (staff ids and labels hold no commas). */
    private static final String ADD = "CASE WHEN %1$s = '' THEN v.value WHEN v.value = ANY (string_to_array(%1$s, ',')) "
            + "THEN %1$s ELSE %1$s || ',' || v.value END";
    /** Removes v.value from a comma-separated list column. */
    private static final String REMOVE = "array_to_string(array_remove(string_to_array(%1$s, ','), v.value), ',')";
    /** The columns of an entry, as a SELECT list over {@code moved}: nullable values are cast, so their type is known. */
    private static final String ENTRY = """
            INSERT INTO read_model.timeline_entry (event_id, conversation_id, sequence_number, kind, private_note,
                actor, occurred_at, message_id, client_message_id, message_kind, text, attachment, latitude,
                longitude, accuracy_meters, reply_to, urgent, details)
            SELECT ?, conversation_id, ?, ?, ?, CAST(? AS TEXT), ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),
                CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                CAST(? AS DOUBLE PRECISION), CAST(? AS TEXT), ?, ? FROM moved""";
    private static final String STARTED = """
            WITH moved AS (
                INSERT INTO read_model.timeline_conversation (conversation_id, device_id, status, priority, participants,
                    labels, subject, channel, context_kind, context_reference, latitude, longitude, accuracy_meters,
                    created_at, last_sequence)
                VALUES (?, ?, 'OPEN', ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (conversation_id) DO NOTHING RETURNING conversation_id)
            """ + ENTRY;
    /** Only moves the last applied sequence: for events that are positions, not entries. */
    private static final String ADVANCE =
            "UPDATE read_model.timeline_conversation SET last_sequence = ? WHERE conversation_id = ? AND last_sequence < ?";
    private final ProjectionWrites writes;
    private final JsonMapper json;
    /** The statement for each header change: built once, not per event. */
    private final Map<String, String> changes = new ConcurrentHashMap<>();

    TimelineProjection(ProjectionWrites writes, JsonMapper json) {
        this.writes = writes;
        this.json = json;
    }

    @EventHandler
    void on(ConversationStarted event, DomainEventMessage<?> message, ReplayStatus replay) {
        String id = event.conversationId().toString();
        long sequence = message.getSequenceNumber();
        Location location = event.location();
        Object[] header = {id, event.device().value(), event.priority().name(), event.subject(), event.channel().name(),
                event.context().kind().name(), event.context().referenceId(),
                location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                location == null ? null : location.accuracyMeters(), message.getTimestamp().atOffset(ZoneOffset.UTC),
                sequence};
        Object[] entry = entry(TimelineEntry.started(message.getIdentifier(), id, sequence,
                actor(message, event.startedBy()), message.getTimestamp(), location, details("channel",
                        event.channel().name(), "subject", event.subject(), "priority", event.priority().name(),
                        "contextKind", event.context().kind().name(), "contextReference", event.context().referenceId())));
        if (replay.isReplay() && writes.hold(id, new FreshTimeline(id, Arrays.copyOf(header, header.length - 1), sequence, entry))) {
            return;
        }
        // The entry is written only with the header row: a start already applied adds nothing.
        writes.update(STARTED, id, concat(header, entry));
    }

    @EventHandler
    void on(ConversationEvent event, DomainEventMessage<?> message) {
        String id = event.conversationId().toString();
        long sequence = message.getSequenceNumber();
        Change change = changeFor(event, id, sequence, message);
        FreshTimeline fresh = change.set().isEmpty() ? writes.held(id, FreshTimeline.class) : null;
        if (fresh != null) {
            if (fresh.advance(sequence) && change.entry() != null) {
                fresh.entry(entry(change.entry()));
            }
            return;
        }
        if (change.entry() == null) {
            writes.update(ADVANCE, id, sequence, id, sequence);
            return;
        }
        // The entry is written only if the header moved: not when the event was applied already.
        String sql = changes.computeIfAbsent(change.set(), set -> "WITH v AS (SELECT CAST(? AS TEXT) AS value), "
                + "moved AS (UPDATE read_model.timeline_conversation SET last_sequence = ?" + set
                + " FROM v WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id) " + ENTRY);
        writes.update(sql, id, concat(new Object[] {change.value(), sequence, id, sequence}, entry(change.entry())));
    }

    /** What an event changes in the header (an SQL assignment list that may use {@code v.value}), and its entry. */
    private record Change(String set, String value, TimelineEntry entry) {
        static Change entry(TimelineEntry entry) {
            return new Change("", null, entry);
        }
    }

    private Change changeFor(ConversationEvent event, String id, long sequence, DomainEventMessage<?> message) {
        String eventId = message.getIdentifier();
        Instant at = message.getTimestamp();
        String actor = actor(message, null);
        if (event instanceof MessageSent sent) {
            MessageContent content = sent.content();
            return Change.entry(TimelineEntry.message(eventId, id, sequence, sent.author().toString(), at,
                    sent.messageId().toString(), sent.clientMessageId() == null ? null : sent.clientMessageId().value(),
                    content.kind().name(), content.body() == null ? null : content.body().text(),
                    content.attachment() == null ? null : content.attachment().value(),
                    content.location() == null ? null : content.location().latitude(),
                    content.location() == null ? null : content.location().longitude(),
                    content.location() == null ? null : content.location().accuracyMeters(),
                    sent.replyTo() == null ? null : sent.replyTo().toString(), sent.urgent()));
        }
        if (event instanceof PrivateNoteAdded note) {
            return Change.entry(TimelineEntry.privateNote(eventId, id, sequence, Actor.staff(note.author()).toString(), at,
                    note.noteId().toString(), note.body().text()));
        }
        if (event instanceof StaffJoined joined) {
            String staff = joined.staffId().toString();
            return new Change(", participants = " + ADD.formatted("participants"), staff,
                    TimelineEntry.system(eventId, id, sequence, "staff-joined", actor, at, details("staffId", staff)));
        }
        if (event instanceof StaffLeft left) {
            String staff = left.staffId().toString();
            return new Change(", participants = " + REMOVE.formatted("participants"), staff,
                    TimelineEntry.system(eventId, id, sequence, "staff-left", actor, at, details("staffId", staff)));
        }
        if (event instanceof StaffAssigned assigned) {
            String kind = assigned.reason() == AssignmentReason.TRANSFER ? "transferred" : "assigned";
            return new Change(", assignee = v.value", assigned.assignee().toString(),
                    TimelineEntry.system(eventId, id, sequence, kind, actor, at,
                            details("assignee", assigned.assignee().toString(), "previousAssignee",
                                    assigned.previousAssignee() == null ? null : assigned.previousAssignee().toString(),
                                    "reason", assigned.reason() == null ? null : assigned.reason().name())));
        }
        if (event instanceof StaffUnassigned unassigned) {
            String former = unassigned.formerAssignee().toString();
            // Only the former assignee's unassignment empties the seat; a stale one leaves whoever holds it now.
            return new Change(", assignee = CASE WHEN assignee = v.value THEN NULL ELSE assignee END", former,
                    TimelineEntry.system(eventId, id, sequence, "unassigned", actor, at, details("formerAssignee", former)));
        }
        if (event instanceof AnswerDeadlineMissed missed) {
            return Change.entry(TimelineEntry.system(eventId, id, sequence, "answer-deadline-missed", actor, at,
                    details("assignee", missed.assignee().toString())));
        }
        if (event instanceof ResponseClockStarted clock) {
            return Change.entry(TimelineEntry.system(eventId, id, sequence, "response-clock-started", actor, at,
                    details("kind", clock.kind().name(), "within", clock.within().toString(), "dueBy", clock.dueBy().toString())));
        }
        if (event instanceof ResponseTargetMissed missed) {
            return Change.entry(TimelineEntry.system(eventId, id, sequence, "response-target-missed", actor, at,
                    details("kind", missed.kind().name(), "dueBy", missed.dueBy().toString(),
                            "priority", missed.priority() == null ? null : missed.priority().name())));
        }
        if (event instanceof PriorityChanged changed) {
            return new Change(", priority = v.value", changed.priority().name(),
                    TimelineEntry.system(eventId, id, sequence, "priority-changed", actor, at,
                            details("priority", changed.priority().name(), "previousPriority",
                                    changed.previousPriority() == null ? null : changed.previousPriority().name())));
        }
        if (event instanceof ConversationSnoozed snoozed) {
            return new Change(", status = v.value", "SNOOZED", TimelineEntry.system(eventId, id, sequence, "snoozed", actor,
                    at, details("until", snoozed.until() == null ? null : snoozed.until().toString())));
        }
        if (event instanceof ConversationResolved) {
            return new Change(", status = v.value", "RESOLVED",
                    TimelineEntry.system(eventId, id, sequence, "resolved", actor, at, details()));
        }
        if (event instanceof ConversationReopened) {
            return new Change(", status = v.value", "OPEN",
                    TimelineEntry.system(eventId, id, sequence, "reopened", actor, at, details()));
        }
        if (event instanceof ConversationClosed) {
            return new Change(", status = v.value", "CLOSED",
                    TimelineEntry.system(eventId, id, sequence, "closed", actor, at, details()));
        }
        if (event instanceof LabelAdded added) {
            return new Change(", labels = " + ADD.formatted("labels"), added.label().value(),
                    TimelineEntry.system(eventId, id, sequence, "label-added", actor, at,
                            details("label", added.label().value())));
        }
        if (event instanceof LabelRemoved removed) {
            return new Change(", labels = " + REMOVE.formatted("labels"), removed.label().value(),
                    TimelineEntry.system(eventId, id, sequence, "label-removed", actor, at,
                            details("label", removed.label().value())));
        }
        return new Change("", null, null); // MessagesDelivered, MessagesRead: positions, not entries
    }

    /** The entry's values in {@link #ENTRY}'s order, after the conversation id that {@code moved} gives. */
    private static Object[] entry(TimelineEntry entry) {
        return new Object[] {entry.eventId(), entry.sequence(), entry.kind(), entry.privateNote(), entry.actor(),
                entry.occurredAt().atOffset(ZoneOffset.UTC), entry.messageId(), entry.clientMessageId(), entry.messageKind(),
                entry.text(), entry.attachment(), entry.latitude(), entry.longitude(), entry.accuracyMeters(),
                entry.replyTo(), entry.urgent(), entry.details()};
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.timeline_entry", "read_model.timeline_conversation");
    }

    private static String actor(DomainEventMessage<?> message, Actor fallback) {
        Object actor = message.getMetaData().get(Actor.METADATA_KEY);
        if (actor != null) return actor.toString();
        return fallback == null ? null : fallback.toString();
    }

    /** Key/value pairs as a JSON object of strings; null values are left out. */
    private String details(String... keysAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int n = 0; n < keysAndValues.length; n += 2) {
            if (keysAndValues[n + 1] != null) details.put(keysAndValues[n], keysAndValues[n + 1]);
        }
        return json.writeValueAsString(details);
    }
}
