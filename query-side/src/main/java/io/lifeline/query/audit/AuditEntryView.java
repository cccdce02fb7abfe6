package io.lifeline.query.audit;

import java.time.Instant;

/**
 * An audit entry as the API answers it. {@code recordedOrder} is its place in the audit history,
 * which pages by it ({@code after}); {@code position} is the event's global index in the store, which
 * an event whose transaction committed late has lower than entries recorded before it.
 */
record AuditEntryView(long recordedOrder, long position, String eventId, String aggregateId, long sequence, String type, String actor,
                      String actorRole, String causationId, String correlationId, Instant occurredAt, String payload) {}
