package io.lifeline.query.inbox;

import java.time.Instant;
import java.util.UUID;

/** One of a device's own conversations as its app lists them: no staff-only fields (assignee, labels). */
record DeviceConversation(UUID conversationId, String status, String subject, String channel, String contextKind,
                          String contextReference, Instant createdAt, Long lastMessageSequence, Instant lastMessageAt,
                          String lastMessagePreview, long unread) {}
