package io.lifeline.bridge.subscription;

import java.util.List;

/** Stored events after a sequence, from the query side; every sequence up to {@code through} is accounted for. */
record EventPage(List<Delivery> events, long through, boolean hasMore) {}
