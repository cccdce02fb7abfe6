package io.lifeline.query.search;

import java.time.Instant;
import java.util.UUID;

/** One matching message: where it is, its conversation's state, its rank and a snippet with the matches in {@code <b>}. */
record SearchHit(UUID conversationId, long sequence, UUID messageId, String author, Instant sentAt, String status,
                 String priority, float rank, String snippet) {}
