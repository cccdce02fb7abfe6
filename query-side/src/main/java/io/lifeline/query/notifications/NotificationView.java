package io.lifeline.query.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notification as its recipient sees it; {@code sequence} is the event's in its conversation. */
record NotificationView(UUID id, String kind, UUID conversationId, long sequence, Instant createdAt, boolean read) {}
