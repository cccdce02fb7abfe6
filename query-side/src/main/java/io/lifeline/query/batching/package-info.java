/**
 * How projections write rows: {@link io.lifeline.query.batching.ProjectionWrites} holds a
 * processor batch's statements and sends them as JDBC batches just before the batch commits, in an
 * order that keeps each conversation's statements in the order its events came; outside a batch (a
 * dead-letter retry's isolated event, a reset) it writes at once. Depends on Spring JDBC and Axon's
 * unit of work only; every projection package and {@code config} may use it.
 */
package io.lifeline.query.batching;
