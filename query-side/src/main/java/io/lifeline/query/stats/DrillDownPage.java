package io.lifeline.query.stats;

import java.time.Instant;
import java.util.List;

/** The conversations behind a figure, oldest first; {@code next} is the cursor for the following page. */
record DrillDownPage(String figure, List<Item> items, String next) {

    /**
     * One conversation (or one of its cycles or waits) counted in the figure: when the measured thing
     * began, and the measured value in seconds where the figure is a duration.
     */
    record Item(String conversationId, Integer cycle, Instant at, Double seconds) {}
}
