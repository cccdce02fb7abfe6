package io.lifeline.query.timeline;

import io.lifeline.contracts.conversation.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a conversation's timeline: a message, a private note or a system entry. Keyed by the
 * event's id, so a rebuild writes the same rows; {@code sequence} is the event's number in the store.
 */
@Entity
@Table(name = "timeline_entry")
class TimelineEntry {
    @Id
    private String eventId;
    private String conversationId;
    @Column(name = "sequence_number")
    private long sequence;
    private String kind;
    private boolean privateNote;
    private String actor;
    private Instant occurredAt;
    private String messageId;
    private String clientMessageId;
    private String messageKind;
    private String text;
    private String attachment;
    private Double latitude;
    private Double longitude;
    private Double accuracyMeters;
    private String replyTo;
    private boolean urgent;
    private String details;

    protected TimelineEntry() {
        // for JPA
    }

    private TimelineEntry(String eventId, String conversationId, long sequence, String kind, String actor,
                          Instant occurredAt) {
        this.eventId = eventId;
        this.conversationId = conversationId;
        this.sequence = sequence;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.details = "{}";
    }

    /** A system entry; {@code details} is a small JSON object of strings. */
    static TimelineEntry system(String eventId, String conversationId, long sequence, String kind, String actor,
                                Instant occurredAt, String details) {
        TimelineEntry entry = new TimelineEntry(eventId, conversationId, sequence, kind, actor, occurredAt);
        entry.details = details;
        return entry;
    }

    /** The conversation's first entry, with where the device was when it started it (if it said). */
    static TimelineEntry started(String eventId, String conversationId, long sequence, String actor, Instant occurredAt,
                                 Location location, String details) {
        TimelineEntry entry = system(eventId, conversationId, sequence, "started", actor, occurredAt, details);
        if (location != null) {
            entry.latitude = location.latitude();
            entry.longitude = location.longitude();
            entry.accuracyMeters = location.accuracyMeters();
        }
        return entry;
    }

    static TimelineEntry message(String eventId, String conversationId, long sequence, String actor, Instant occurredAt,
                                 String messageId, String clientMessageId, String messageKind, String text,
                                 String attachment, Double latitude, Double longitude, Double accuracyMeters,
                                 String replyTo, boolean urgent) {
        TimelineEntry entry = new TimelineEntry(eventId, conversationId, sequence, "message", actor, occurredAt);
        entry.messageId = messageId;
        entry.clientMessageId = clientMessageId;
        entry.messageKind = messageKind;
        entry.text = text;
        entry.attachment = attachment;
        entry.latitude = latitude;
        entry.longitude = longitude;
        entry.accuracyMeters = accuracyMeters;
        entry.replyTo = replyTo;
        entry.urgent = urgent;
        return entry;
    }

    static TimelineEntry privateNote(String eventId, String conversationId, long sequence, String actor,
                                     Instant occurredAt, String noteId, String text) {
        TimelineEntry entry = new TimelineEntry(eventId, conversationId, sequence, "private-note", actor, occurredAt);
        entry.privateNote = true;
        entry.messageId = noteId;
        entry.messageKind = "TEXT";
        entry.text = text;
        return entry;
    }

    TimelineEntryView toView(Map<String, String> parsedDetails) {
        return new TimelineEntryView(sequence, kind, privateNote, actor, occurredAt, messageId, clientMessageId,
                messageKind, text, attachment, latitude, longitude, accuracyMeters, replyTo, urgent, parsedDetails);
    }

    long sequence() {
        return sequence;
    }

    String details() {
        return details;
    }
}
