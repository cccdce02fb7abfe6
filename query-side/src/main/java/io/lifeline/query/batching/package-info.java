/**
 * How projections write rows: {@link io.lifeline.query.batching.ProjectionWrites} holds a
 * processor batch's statements and sends them as JDBC batches just before the batch commits, in an
 * order that keeps each conversation's statements in the order its events came. An event handled
 * on its own in a savepoint (a suspect, a dead-letter retry) sends its writes before the savepoint
 * ends; outside a unit of work with a transaction (a reset) a write goes at once. Depends on Spring
 * JDBC and Axon's unit of work only; every projection package and {@code config} may use it.
 */
package io.lifeline.query.batching;
