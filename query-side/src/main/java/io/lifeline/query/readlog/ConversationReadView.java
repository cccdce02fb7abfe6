package io.lifeline.query.readlog;

import java.time.Instant;

/** One staff read of a conversation; {@code position} pages the list. */
record ConversationReadView(long position, String conversationId, String staffId, String role, String view, Instant readAt) {}
