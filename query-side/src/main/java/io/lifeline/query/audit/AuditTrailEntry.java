package io.lifeline.query.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One stored event as the audit history shows it: who did what, when, and on whose behalf. Keyed by
 * the event's own global index in the store; {@code recordedOrder} is the database's number for the
 * row, taken as the projection writes it, which is what the history pages by.
 */
@Entity
@Table(name = "audit_trail_entry")
class AuditTrailEntry {
    @Id
    private long globalIndex;
    @Column(insertable = false, updatable = false)
    private Long recordedOrder;
    @Column(nullable = false, unique = true)
    private String eventId;
    @Column(nullable = false)
    private String aggregateId;
    private long sequenceNumber;
    @Column(nullable = false)
    private String eventType;
    private String actor;
    private String actorRole;
    private String causationId;
    private String correlationId;
    @Column(nullable = false)
    private Instant occurredAt;
    @Column(nullable = false, columnDefinition = "text")
    private String payload;

    protected AuditTrailEntry() {
        // for JPA
    }

    AuditTrailEntry(long globalIndex, String eventId, String aggregateId, long sequenceNumber, String eventType,
                    String actor, String actorRole, String causationId, String correlationId, Instant occurredAt,
                    String payload) {
        this.globalIndex = globalIndex;
        this.eventId = eventId;
        this.aggregateId = aggregateId;
        this.sequenceNumber = sequenceNumber;
        this.eventType = eventType;
        this.actor = actor;
        this.actorRole = actorRole;
        this.causationId = causationId;
        this.correlationId = correlationId;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }

    AuditEntryView toView() {
        return new AuditEntryView(recordedOrder, globalIndex, eventId, aggregateId, sequenceNumber, eventType, actor, actorRole,
                causationId, correlationId, occurredAt, payload);
    }
}
