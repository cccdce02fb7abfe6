package io.lifeline.query.satisfaction;

import java.time.Instant;
import java.util.List;

/** The rated conversations behind a satisfaction figure, oldest rating first; {@code next} pages on. */
record SatisfactionDrillDownPage(String figure, List<Item> items, String next) {
    SatisfactionDrillDownPage {
        items = List.copyOf(items);
    }

    /** One conversation: its latest rating, when it was given, and who held the conversation then (may be null). */
    record Item(String conversationId, Instant ratedAt, int rating, String agentId) {}
}
