package io.lifeline.query.timeline;

import io.lifeline.contracts.conversation.Location;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a conversation's timeline: a message, a private note or a system entry. Keyed by the
 * event's id, so a rebuild writes the same rows; {@code sequence} is the event's number in the store.
 * {@code details} is a small JSON object of strings.
 */
record TimelineEntry(String eventId, String conversationId, long sequence, String kind, boolean privateNote, String actor,
                     Instant occurredAt, String messageId, String clientMessageId, String messageKind, String text,
                     String attachment, Double latitude, Double longitude, Double accuracyMeters, String replyTo,
                     boolean urgent, String details) {

    /** A system entry; {@code details} is a small JSON object of strings. */
    static TimelineEntry system(String eventId, String conversationId, long sequence, String kind, String actor,
                                Instant occurredAt, String details) {
        return new TimelineEntry(eventId, conversationId, sequence, kind, false, actor, occurredAt, null, null, null, null,
                null, null, null, null, null, false, details);
    }

    /** The conversation's first entry, with where the device was when it started it (if it said). */
    static TimelineEntry started(String eventId, String conversationId, long sequence, String actor, Instant occurredAt,
                                 Location location, String details) {
        return new TimelineEntry(eventId, conversationId, sequence, "started", false, actor, occurredAt, null, null, null,
                null, null, location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                location == null ? null : location.accuracyMeters(), null, false, details);
    }

    static TimelineEntry message(String eventId, String conversationId, long sequence, String actor, Instant occurredAt,
                                 String messageId, String clientMessageId, String messageKind, String text,
                                 String attachment, Double latitude, Double longitude, Double accuracyMeters,
                                 String replyTo, boolean urgent) {
        return new TimelineEntry(eventId, conversationId, sequence, "message", false, actor, occurredAt, messageId,
                clientMessageId, messageKind, text, attachment, latitude, longitude, accuracyMeters, replyTo, urgent, "{}");
    }

    static TimelineEntry privateNote(String eventId, String conversationId, long sequence, String actor,
                                     Instant occurredAt, String noteId, String text) {
        return new TimelineEntry(eventId, conversationId, sequence, "private-note", true, actor, occurredAt, noteId, null,
                "TEXT", text, null, null, null, null, null, false, "{}");
    }

    TimelineEntryView toView(Map<String, String> parsedDetails) {
        return new TimelineEntryView(sequence, kind, privateNote, actor, occurredAt, messageId, clientMessageId,
                messageKind, text, attachment, latitude, longitude, accuracyMeters, replyTo, urgent, parsedDetails);
    }
}
