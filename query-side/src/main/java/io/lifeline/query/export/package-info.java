/**
 * Event export for analysts: the stored events as NDJSON, filtered by time range, type and
 * conversation, streamed straight from the event store. Reads the store only; depends on no projection.
 */
package io.lifeline.query.export;
