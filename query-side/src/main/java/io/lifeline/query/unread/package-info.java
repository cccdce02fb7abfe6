/**
 * Unread counts: every conversation's messages and every participant's read position (the device,
 * staff who joined, were assigned or read), counted on asking so any order of read events gives the
 * exact number. Depends only on the contracts and on
 * {@code batching} for its writes.
 */
package io.lifeline.query.unread;
