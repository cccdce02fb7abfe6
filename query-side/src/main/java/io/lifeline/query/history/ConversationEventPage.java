package io.lifeline.query.history;

import io.lifeline.contracts.stream.EventEnvelope;
import java.util.List;

/**
 * Events after a sequence, ascending. {@code through}: every event up to this sequence is accounted
 * for (in the page, or not for the caller's eyes); ask again with {@code after=through} while
 * {@code hasMore}.
 */
record ConversationEventPage(List<EventEnvelope> events, long through, boolean hasMore) {}
