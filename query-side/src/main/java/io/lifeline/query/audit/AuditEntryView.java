package io.lifeline.query.audit;

import java.time.Instant;

/** An audit entry as the API answers it; {@code position} is the event's place in the whole store. */
record AuditEntryView(long position, String eventId, String aggregateId, long sequence, String type, String actor,
                      String actorRole, String causationId, String correlationId, Instant occurredAt, String payload) {}
