package io.lifeline.query.routing;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation waiting for an agent: the team the rules send it to now (null while no rule
 * matches it), its place in that team's queue (urgent first, then first come) and since when it waits.
 */
record QueuedConversationView(UUID conversationId, UUID teamId, int position, String priority, Instant queuedAt) {}
