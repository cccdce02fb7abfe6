/**
 * Automated-reply rules as admins read them: a projection of the rules' stream (processing group
 * {@code auto-replies}) into one row per rule with its business hours, and the route that lists every
 * rule in force. Depends on the contracts, the query side's batching and its configuration only.
 */
package io.lifeline.query.autoreplies;
