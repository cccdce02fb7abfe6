package io.lifeline.query.timeline;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.ConversationClosed;
import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.conversation.ConversationReopened;
import io.lifeline.contracts.conversation.ConversationResolved;
import io.lifeline.contracts.conversation.ConversationSnoozed;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.LabelAdded;
import io.lifeline.contracts.conversation.LabelRemoved;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.PriorityChanged;
import io.lifeline.contracts.conversation.PrivateNoteAdded;
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffJoined;
import io.lifeline.contracts.conversation.StaffLeft;
import io.lifeline.contracts.conversation.StaffUnassigned;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each conversation's timeline and header. Every handler is guarded by the conversation's
 * last applied sequence, so an event handled twice changes nothing. Delivery and read events only
 * advance that sequence: they are positions, not entries.
 */
@Component
@ProcessingGroup("timeline")
class TimelineProjection {
    private final ConversationSummaryRepository summaries;
    private final TimelineEntryRepository entries;
    private final JsonMapper json;

    TimelineProjection(ConversationSummaryRepository summaries, TimelineEntryRepository entries, JsonMapper json) {
        this.summaries = summaries;
        this.entries = entries;
        this.json = json;
    }

    @EventHandler
    void on(ConversationStarted event, DomainEventMessage<?> message) {
        String id = event.conversationId().toString();
        if (summaries.existsById(id)) {
            return; // already applied
        }
        long sequence = message.getSequenceNumber();
        summaries.save(new ConversationSummary(id, event.device().value(), event.priority().name(), event.subject(),
                event.channel().name(), event.context().kind().name(), event.context().referenceId(), event.location(),
                message.getTimestamp(), sequence));
        entries.save(TimelineEntry.started(message.getIdentifier(), id, sequence, actor(message, event.startedBy()),
                message.getTimestamp(), event.location(), details("channel", event.channel().name(), "subject", event.subject(),
                        "priority", event.priority().name(), "contextKind", event.context().kind().name(),
                        "contextReference", event.context().referenceId())));
    }

    @EventHandler
    void on(ConversationEvent event, DomainEventMessage<?> message) {
        String id = event.conversationId().toString();
        long sequence = message.getSequenceNumber();
        ConversationSummary summary = summaries.findById(id).orElse(null);
        if (summary == null || summary.hasApplied(sequence)) {
            return; // already applied (or a history without its start, which the store never holds)
        }
        summary.applied(sequence);
        TimelineEntry entry = entryFor(event, summary, id, sequence, message);
        summaries.save(summary);
        if (entry != null) {
            entries.save(entry);
        }
    }

    private TimelineEntry entryFor(ConversationEvent event, ConversationSummary summary, String id, long sequence,
                                   DomainEventMessage<?> message) {
        String eventId = message.getIdentifier();
        Instant at = message.getTimestamp();
        String actor = actor(message, null);
        if (event instanceof MessageSent sent) {
            MessageContent content = sent.content();
            return TimelineEntry.message(eventId, id, sequence, sent.author().toString(), at, sent.messageId().toString(),
                    sent.clientMessageId() == null ? null : sent.clientMessageId().value(), content.kind().name(),
                    content.body() == null ? null : content.body().text(),
                    content.attachment() == null ? null : content.attachment().value(),
                    content.location() == null ? null : content.location().latitude(),
                    content.location() == null ? null : content.location().longitude(),
                    content.location() == null ? null : content.location().accuracyMeters(),
                    sent.replyTo() == null ? null : sent.replyTo().toString(), sent.urgent());
        }
        if (event instanceof PrivateNoteAdded note) {
            return TimelineEntry.privateNote(eventId, id, sequence, Actor.staff(note.author()).toString(), at,
                    note.noteId().toString(), note.body().text());
        }
        if (event instanceof StaffJoined joined) {
            summary.join(joined.staffId().toString());
            return TimelineEntry.system(eventId, id, sequence, "staff-joined", actor, at,
                    details("staffId", joined.staffId().toString()));
        }
        if (event instanceof StaffLeft left) {
            summary.leave(left.staffId().toString());
            return TimelineEntry.system(eventId, id, sequence, "staff-left", actor, at,
                    details("staffId", left.staffId().toString()));
        }
        if (event instanceof StaffAssigned assigned) {
            summary.assignee(assigned.assignee().toString());
            String kind = assigned.reason() == AssignmentReason.TRANSFER ? "transferred" : "assigned";
            return TimelineEntry.system(eventId, id, sequence, kind, actor, at,
                    details("assignee", assigned.assignee().toString(), "previousAssignee",
                            assigned.previousAssignee() == null ? null : assigned.previousAssignee().toString(),
                            "reason", assigned.reason() == null ? null : assigned.reason().name()));
        }
        if (event instanceof StaffUnassigned unassigned) {
            if (unassigned.formerAssignee().toString().equals(summary.assignee())) {
                summary.assignee(null);
            }
            return TimelineEntry.system(eventId, id, sequence, "unassigned", actor, at,
                    details("formerAssignee", unassigned.formerAssignee().toString()));
        }
        if (event instanceof PriorityChanged changed) {
            summary.priority(changed.priority().name());
            return TimelineEntry.system(eventId, id, sequence, "priority-changed", actor, at,
                    details("priority", changed.priority().name(), "previousPriority",
                            changed.previousPriority() == null ? null : changed.previousPriority().name()));
        }
        if (event instanceof ConversationSnoozed snoozed) {
            summary.status("SNOOZED");
            return TimelineEntry.system(eventId, id, sequence, "snoozed", actor, at,
                    details("until", snoozed.until() == null ? null : snoozed.until().toString()));
        }
        if (event instanceof ConversationResolved) {
            summary.status("RESOLVED");
            return TimelineEntry.system(eventId, id, sequence, "resolved", actor, at, details());
        }
        if (event instanceof ConversationReopened) {
            summary.status("OPEN");
            return TimelineEntry.system(eventId, id, sequence, "reopened", actor, at, details());
        }
        if (event instanceof ConversationClosed) {
            summary.status("CLOSED");
            return TimelineEntry.system(eventId, id, sequence, "closed", actor, at, details());
        }
        if (event instanceof LabelAdded added) {
            summary.label(added.label().value());
            return TimelineEntry.system(eventId, id, sequence, "label-added", actor, at,
                    details("label", added.label().value()));
        }
        if (event instanceof LabelRemoved removed) {
            summary.unlabel(removed.label().value());
            return TimelineEntry.system(eventId, id, sequence, "label-removed", actor, at,
                    details("label", removed.label().value()));
        }
        return null; // MessagesDelivered, MessagesRead: positions, not entries
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
        summaries.deleteAllInBatch();
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
