/**
 * Canned replies as staff find them: a projection of the replies' events (processing group
 * {@code canned-replies}), the search a staff member runs over their own replies and their teams'
 * (team membership from the routing read model), and a reply's text with the caller's display name
 * (from the staff directory's read model) filled in. Depends on the contracts and the query side's
 * configuration only.
 */
package io.lifeline.query.cannedreplies;
