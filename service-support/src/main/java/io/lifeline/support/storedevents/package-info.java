/**
 * Waking the event store's readers when events are stored. A service that stores events sends a
 * PostgreSQL {@code NOTIFY} after they commit (at most one per short interval, outside the events'
 * own transaction, so commits never queue behind PostgreSQL's notification lock); every service
 * that reads the store {@code LISTEN}s on the store's database and has its processors fetch at once
 * instead of at their next poll, which stays as the fallback. The same path runs in the standalone
 * and in a deployment of many instances. Reading the store, {@link
 * io.lifeline.support.storedevents.EventStoreReader} parses each event's stored timestamp once, and reads
 * new events at the tail with one statement and no transaction; processors reading history together share
 * its batches ({@link io.lifeline.support.storedevents.SharedHistoryReads}) where a service asks for it. Woken
 * together, processors wait for events as long as {@link io.lifeline.support.storedevents.IdleProcessorWait}
 * says.
 * Depends on Axon's event store and the PostgreSQL driver; a service imports {@link
 * io.lifeline.support.storedevents.StoredEventsWakeUp}.
 */
package io.lifeline.support.storedevents;
