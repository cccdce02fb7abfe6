/**
 * The inbox: one row per conversation (status, priority, channel, context, assignee, labels, how
 * long the device has waited, the last message) for the staff queue with its counts, and a device's
 * own list of conversations with unread counts from the unread tables. Depends only on the
 * contracts, on {@code filtering} and {@code batching} for its writes, and on {@code config} for
 * {@code InvalidParameter}.
 */
package io.lifeline.query.inbox;
