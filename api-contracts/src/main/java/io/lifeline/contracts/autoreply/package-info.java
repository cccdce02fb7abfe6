/**
 * Automated replies as data: rules admins keep (a greeting, keyword patterns, an "away" reply outside
 * business hours, an "all agents busy" reply with the queue position), their commands and their
 * events on one stream ({@link AutoRepliesEvent}). A reply itself is a conversation's
 * {@code MessageSent} of kind {@code SYSTEM} whose author names the rule that fired. Depends only on
 * {@code io.lifeline.contracts.conversation} and {@code io.lifeline.contracts.shape}.
 */
package io.lifeline.contracts.autoreply;
