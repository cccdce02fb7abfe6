/**
 * Time travel for analysts: one conversation's state as of any instant, folded from its events
 * (never from a snapshot or a read model). Reads the event store only.
 */
package io.lifeline.query.timetravel;
