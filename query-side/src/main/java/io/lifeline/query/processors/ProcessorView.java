package io.lifeline.query.processors;

/**
 * Where a projection stands: its position in the event store, the store's head, how far behind it
 * is, while it rebuilds, how far along it is and how fast it goes, and how many events
 * ({@code deadLetters}) of how many conversations ({@code deadLetterSequences}) it has parked
 * because it failed on them.
 */
record ProcessorView(String name, String state, long position, long head, long lag, boolean replaying,
                     Double percentDone, Double eventsPerSecond, long deadLetters, long deadLetterSequences) {}
