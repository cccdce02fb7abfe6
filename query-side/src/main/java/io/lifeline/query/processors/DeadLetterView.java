package io.lifeline.query.processors;

import java.time.Instant;

/**
 * One event a projection has parked: the conversation it belongs to (the dead-letter sequence),
 * the event's type, id and sequence in that conversation, when it first and last failed, and why.
 * Only the first event of a sequence has a cause; the later ones wait behind it. The cause's
 * message never carries control characters.
 */
record DeadLetterView(String sequenceId, String eventId, String eventType, Long sequence, Instant firstFailedAt,
                      Instant lastFailedAt, String causeType, String causeMessage) {}
