/**
 * A conversation's stored events after a sequence, read straight from the event store in the
 * envelope form of the Kafka stream: the gap a reconnecting client (through the bridge) needs
 * before live events. Depends on the event store and the stream contracts only.
 */
package io.lifeline.query.history;
