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
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffJoined;
import io.lifeline.contracts.conversation.StaffLeft;
import io.lifeline.contracts.conversation.StaffUnassigned;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each conversation's timeline and header. Every handler first advances the conversation's
 * last applied sequence, and changes anything only if that moved, so an event handled twice changes
 * nothing. Delivery and read events only advance that sequence: they are positions, not entries.
 */
@Component
@ProcessingGroup("timeline")
class TimelineProjection {
    /** Adds :value to a comma-separated list column unless it is there (staff ids and labels hold no commas). */
    private static final String ADD = "CASE WHEN %1$s = '' THEN :value WHEN :value = ANY (string_to_array(%1$s, ',')) "
            + "THEN %1$s ELSE %1$s || ',' || :value END";
    /** Removes :value from a comma-separated list column. */
    private static final String REMOVE = "array_to_string(array_remove(string_to_array(%1$s, ','), CAST(:value AS TEXT)), ',')";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    TimelineProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ConversationStarted event, DomainEventMessage<?> message) {
        String id = event.conversationId().toString();
        long sequence = message.getSequenceNumber();
        Location location = event.location();
        int started = jdbc.sql("""
                        INSERT INTO read_model.timeline_conversation (conversation_id, device_id, status, priority, participants,
                            labels, subject, channel, context_kind, context_reference, latitude, longitude, accuracy_meters,
                            created_at, last_sequence)
                        VALUES (:id, :device, 'OPEN', :priority, '', '', :subject, :channel, :kind, :reference, :latitude,
                            :longitude, :accuracy, :at, :sequence)
                        ON CONFLICT (conversation_id) DO NOTHING""")
                .param("id", id).param("device", event.device().value()).param("priority", event.priority().name())
                .param("subject", event.subject(), Types.VARCHAR).param("channel", event.channel().name())
                .param("kind", event.context().kind().name())
                .param("reference", event.context().referenceId(), Types.VARCHAR)
                .param("latitude", location == null ? null : location.latitude(), Types.DOUBLE)
                .param("longitude", location == null ? null : location.longitude(), Types.DOUBLE)
                .param("accuracy", location == null ? null : location.accuracyMeters(), Types.DOUBLE)
                .param("at", message.getTimestamp().atOffset(ZoneOffset.UTC)).param("sequence", sequence)
                .update();
        if (started == 0) {
            return; // already applied
        }
        insert(TimelineEntry.started(message.getIdentifier(), id, sequence, actor(message, event.startedBy()),
                message.getTimestamp(), location, details("channel", event.channel().name(), "subject", event.subject(),
                        "priority", event.priority().name(), "contextKind", event.context().kind().name(),
                        "contextReference", event.context().referenceId())));
    }

    @EventHandler
    void on(ConversationEvent event, DomainEventMessage<?> message) {
        String id = event.conversationId().toString();
        long sequence = message.getSequenceNumber();
        Change change = changeFor(event, id, sequence, message);
        var update = jdbc.sql("UPDATE read_model.timeline_conversation SET last_sequence = :sequence" + change.set()
                        + " WHERE conversation_id = :id AND last_sequence < :sequence")
                .param("id", id).param("sequence", sequence);
        if (change.value() != null) {
            update = update.param("value", change.value());
        }
        if (update.update() == 0) {
            return; // already applied (or a history without its start, which the store never holds)
        }
        if (change.entry() != null) {
            insert(change.entry());
        }
    }

    /** What an event changes in the header (an SQL assignment list with at most one parameter, :value), and its entry. */
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
            return new Change(", assignee = :value", assigned.assignee().toString(),
                    TimelineEntry.system(eventId, id, sequence, kind, actor, at,
                            details("assignee", assigned.assignee().toString(), "previousAssignee",
                                    assigned.previousAssignee() == null ? null : assigned.previousAssignee().toString(),
                                    "reason", assigned.reason() == null ? null : assigned.reason().name())));
        }
        if (event instanceof StaffUnassigned unassigned) {
            String former = unassigned.formerAssignee().toString();
            // Only the former assignee's unassignment empties the seat; a stale one leaves whoever holds it now.
            return new Change(", assignee = CASE WHEN assignee = :value THEN NULL ELSE assignee END", former,
                    TimelineEntry.system(eventId, id, sequence, "unassigned", actor, at, details("formerAssignee", former)));
        }
        if (event instanceof AnswerDeadlineMissed missed) {
            return Change.entry(TimelineEntry.system(eventId, id, sequence, "answer-deadline-missed", actor, at,
                    details("assignee", missed.assignee().toString())));
        }
        if (event instanceof PriorityChanged changed) {
            return new Change(", priority = :value", changed.priority().name(),
                    TimelineEntry.system(eventId, id, sequence, "priority-changed", actor, at,
                            details("priority", changed.priority().name(), "previousPriority",
                                    changed.previousPriority() == null ? null : changed.previousPriority().name())));
        }
        if (event instanceof ConversationSnoozed snoozed) {
            return new Change(", status = :value", "SNOOZED", TimelineEntry.system(eventId, id, sequence, "snoozed", actor,
                    at, details("until", snoozed.until() == null ? null : snoozed.until().toString())));
        }
        if (event instanceof ConversationResolved) {
            return new Change(", status = :value", "RESOLVED",
                    TimelineEntry.system(eventId, id, sequence, "resolved", actor, at, details()));
        }
        if (event instanceof ConversationReopened) {
            return new Change(", status = :value", "OPEN",
                    TimelineEntry.system(eventId, id, sequence, "reopened", actor, at, details()));
        }
        if (event instanceof ConversationClosed) {
            return new Change(", status = :value", "CLOSED",
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

    private void insert(TimelineEntry entry) {
        jdbc.sql("""
                        INSERT INTO read_model.timeline_entry (event_id, conversation_id, sequence_number, kind, private_note,
                            actor, occurred_at, message_id, client_message_id, message_kind, text, attachment, latitude,
                            longitude, accuracy_meters, reply_to, urgent, details)
                        VALUES (:eventId, :id, :sequence, :kind, :privateNote, :actor, :at, :messageId, :clientMessageId,
                            :messageKind, :text, :attachment, :latitude, :longitude, :accuracy, :replyTo, :urgent, :details)""")
                .param("eventId", entry.eventId()).param("id", entry.conversationId()).param("sequence", entry.sequence())
                .param("kind", entry.kind()).param("privateNote", entry.privateNote())
                .param("actor", entry.actor(), Types.VARCHAR).param("at", entry.occurredAt().atOffset(ZoneOffset.UTC))
                .param("messageId", entry.messageId(), Types.VARCHAR)
                .param("clientMessageId", entry.clientMessageId(), Types.VARCHAR)
                .param("messageKind", entry.messageKind(), Types.VARCHAR).param("text", entry.text(), Types.VARCHAR)
                .param("attachment", entry.attachment(), Types.VARCHAR)
                .param("latitude", entry.latitude(), Types.DOUBLE).param("longitude", entry.longitude(), Types.DOUBLE)
                .param("accuracy", entry.accuracyMeters(), Types.DOUBLE).param("replyTo", entry.replyTo(), Types.VARCHAR)
                .param("urgent", entry.urgent()).param("details", entry.details())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.timeline_entry").update();
        jdbc.sql("DELETE FROM read_model.timeline_conversation").update();
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
