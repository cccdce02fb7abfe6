package io.lifeline.query.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a device's own conversations as its app lists them: no staff-only fields (assignee, labels).
 * The start location ({@code latitude}, {@code longitude}, {@code accuracyMeters}) is the device's own.
 */
record DeviceConversation(UUID conversationId, String status, String subject, String channel, String contextKind,
                          String contextReference, Double latitude, Double longitude, Double accuracyMeters,
                          Instant createdAt, Long lastMessageSequence, Instant lastMessageAt,
                          String lastMessagePreview, long unread) {}
