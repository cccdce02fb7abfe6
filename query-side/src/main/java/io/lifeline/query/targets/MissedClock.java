package io.lifeline.query.targets;

import java.time.Instant;
import java.util.UUID;

/** A missed response target: which conversation, which kind, its priority and context when the clock started, when it started, was due and was missed. */
record MissedClock(UUID conversationId, String kind, String priority, String context, Instant startedAt, Instant dueBy,
                   Instant missedAt) {}
