package io.lifeline.query.inbox;

import java.util.Map;

/** How many conversations match the filters, in all and per status and per priority: the UI's badges. */
record InboxCounts(long total, Map<String, Long> byStatus, Map<String, Long> byPriority) {}
