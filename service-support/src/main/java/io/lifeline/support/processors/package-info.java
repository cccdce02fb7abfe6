/**
 * How event processors share the machine with the send path: {@link
 * io.lifeline.support.processors.BatchTurns} lets only a few processors apply a batch at once.
 * Depends on Axon's transaction API only.
 */
package io.lifeline.support.processors;
