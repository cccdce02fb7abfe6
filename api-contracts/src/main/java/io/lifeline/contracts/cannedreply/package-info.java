/**
 * Canned replies: texts staff keep to answer common questions quickly, a team's (kept by admins) or
 * a staff member's own, found by a shortcut, with placeholders filled when one is used. Each reply
 * is its own stream ({@link CannedReplyEvent}). Depends only on {@code io.lifeline.contracts.actor},
 * {@code io.lifeline.contracts.conversation}, {@code io.lifeline.contracts.routing} and
 * {@code io.lifeline.contracts.shape}.
 */
package io.lifeline.contracts.cannedreply;
