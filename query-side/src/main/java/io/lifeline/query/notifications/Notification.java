package io.lifeline.query.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One thing a staff member should look at. Its id is derived from the event, the recipient and the
 * kind, so a rebuild writes the same ids and the read marks kept beside it still match.
 * {@code position} is the event's own global index in the store. The table's {@code recorded_order},
 * the database's number for the row as it is written, is what the list pages by; only
 * {@link NotificationInbox} reads it.
 */
@Entity
@Table(name = "notification")
class Notification {
    @Id
    private String id;
    private String recipient;
    private String kind;
    private String conversationId;
    @Column(name = "sequence_number")
    private long sequence;
    private long position;
    private Instant createdAt;

    protected Notification() {
        // for JPA
    }

    Notification(String eventId, String recipient, NotificationKind kind, String conversationId, long sequence,
                 long position, Instant createdAt) {
        this.id = idFor(eventId, recipient, kind);
        this.recipient = recipient;
        this.kind = kind.name();
        this.conversationId = conversationId;
        this.sequence = sequence;
        this.position = position;
        this.createdAt = createdAt;
    }

    static String idFor(String eventId, String recipient, NotificationKind kind) {
        return UUID.nameUUIDFromBytes((eventId + "|" + recipient + "|" + kind).getBytes(StandardCharsets.UTF_8)).toString();
    }

    String id() {
        return id;
    }
}
