/**
 * The event stream outside consumers read: Kafka topic names and the JSON envelope every
 * conversation event travels in (documented in {@code docs/event-envelope.schema.json}).
 */
package io.lifeline.contracts.stream;
