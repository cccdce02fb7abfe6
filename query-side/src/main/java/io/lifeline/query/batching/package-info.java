/**
 * How projections write rows: {@link io.lifeline.query.batching.ProjectionWrites} holds a
 * processor batch's statements and sends them as JDBC batches just before the batch commits, in an
 * order that keeps each conversation's statements in the order its events came. An event handled
 * on its own in a savepoint (a suspect, a dead-letter retry) sends its writes before the savepoint
 * ends; outside a unit of work with a transaction (a reset) a write goes at once. A projection may
 * hold a key's rows in memory for the rest of a batch ({@link io.lifeline.query.batching.HeldRows}) and
 * fold later events into them, so a rebuild inserts such rows once in their final state. Depends on Spring
 * JDBC and Axon's unit of work only; every projection package and {@code config} may use it.
 */
package io.lifeline.query.batching;
