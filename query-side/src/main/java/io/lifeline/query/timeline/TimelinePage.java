package io.lifeline.query.timeline;

import java.util.List;

/**
 * A page of a timeline, always in ascending sequence order. {@code hasMore}: more entries lie in
 * the direction asked for. {@code before}: pass it to get the older entries (the page's lowest
 * sequence); {@code after}: pass it to get the newer ones (its highest, or the asked-for one when
 * the page is empty). Sequences are the store's, so gaps (delivery and read positions) are normal.
 */
record TimelinePage(List<TimelineEntryView> entries, boolean hasMore, Long before, Long after, long lastSequence) {}
