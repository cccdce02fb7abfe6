package io.lifeline.query.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One conversation as the staff inbox shows it. {@code waitingSince} is null when nothing waits for an
 * answer; {@code latitude}, {@code longitude} and {@code accuracyMeters} are where the device was when
 * it started the conversation (null when it sent no location). {@code responseDueKind} and
 * {@code responseDueBy} are the running response clock due first (null when none runs);
 * {@code missedTargets} lists the response targets the conversation has missed (FIRST_RESPONSE,
 * NEXT_RESPONSE, RESOLUTION).
 */
record InboxItem(UUID conversationId, String status, String priority, String channel, String contextKind,
                 String contextReference, String subject, String deviceId, UUID assignee, List<String> labels,
                 Double latitude, Double longitude, Double accuracyMeters, Instant createdAt, Instant waitingSince, boolean hasUrgent, Long lastMessageSequence,
                 Instant lastMessageAt, String lastMessagePreview, long lastSequence, String responseDueKind,
                 Instant responseDueBy, List<String> missedTargets) {}
