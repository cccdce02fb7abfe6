package io.lifeline.query.processors;

import java.util.List;

/**
 * Where a projection stands, as the whole cluster knows it: its position in the event store, the
 * store's head, how far behind it is, each segment with the instance that owns it, while it
 * rebuilds, how far along it is and how fast it goes, and how many events ({@code deadLetters}) of
 * how many conversations ({@code deadLetterSequences}) it has parked because it failed on them.
 */
record ProcessorView(String name, String state, long position, long head, long lag, boolean replaying,
                     Double percentDone, Double eventsPerSecond, long deadLetters, long deadLetterSequences,
                     List<SegmentView> segments) {
    ProcessorView {
        segments = List.copyOf(segments);
    }

    /** One segment: its owner ({@code null} when no instance holds a live claim), position and whether this instance owns it. */
    record SegmentView(int segment, String owner, long position, boolean replaying, boolean ownedHere) {}
}
