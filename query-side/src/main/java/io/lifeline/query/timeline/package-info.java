/**
 * The conversation timeline: every conversation's messages, private notes and system entries in
 * store sequence order, paged backwards and forwards, plus a summary for the console header. The
 * owning device sees its conversation without private notes; staff see everything. Depends only on
 * the contracts, on {@code batching} for its writes and on {@code config} for {@code NotVisible}.
 */
package io.lifeline.query.timeline;
