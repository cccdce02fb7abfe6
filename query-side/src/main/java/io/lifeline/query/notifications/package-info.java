/**
 * Staff notifications: new conversations, assignments, urgent device messages and @mentions, each
 * for the staff members it concerns, with unread counts and read marks. The rows are rebuilt from
 * the store; the read marks are this service's own state in a table a rebuild leaves alone.
 * Depends only on the contracts, on {@code batching} for its writes and on {@code config} for
 * {@code NotVisible} and {@code EventGlobalIndex}.
 */
package io.lifeline.query.notifications;
