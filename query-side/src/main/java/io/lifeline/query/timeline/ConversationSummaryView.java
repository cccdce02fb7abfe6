package io.lifeline.query.timeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation's header: who it belongs to, where it stands, who is on it, and its last sequence. */
record ConversationSummaryView(UUID id, String device, String status, String priority, String assignee,
                               List<String> participants, List<String> labels, String subject, String channel,
                               String contextKind, String contextReference, Instant createdAt, long lastSequence) {}
