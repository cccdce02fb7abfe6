package io.lifeline.query.unread;

import java.util.UUID;

/** How many messages of one conversation the caller has not read (their own not counted). */
record UnreadCount(UUID conversationId, long unread) {}
