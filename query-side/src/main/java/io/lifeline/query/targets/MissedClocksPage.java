package io.lifeline.query.targets;

import java.util.List;

/** A page of missed response targets, oldest miss first; {@code next} pages on (null on the last page). */
record MissedClocksPage(List<MissedClock> items, String next) {
    MissedClocksPage {
        items = List.copyOf(items);
    }
}
