/**
 * Processors and replay for operators and analysts: each projection's position, lag and state, and
 * rebuilding a projection from the start of history with visible progress, and the events each
 * projection parked in its dead-letter queue (listed, retried, evicted). Depends on Axon's
 * processors only, never on a projection's own classes.
 */
package io.lifeline.query.processors;
