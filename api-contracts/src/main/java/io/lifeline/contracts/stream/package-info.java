/**
 * The event stream outside consumers read: Kafka topic names and the JSON envelope every
 * conversation event travels in (documented in {@code docs/event-envelope.schema.json}), and the
 * revocations of staff sessions every service follows.
 */
package io.lifeline.contracts.stream;
