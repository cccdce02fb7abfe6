/**
 * Canned replies as staff find them: a projection of the replies' events (processing group
 * {@code canned-replies}) and the search a staff member runs over their own replies and their
 * teams' (team membership from the routing read model). Depends on the contracts and the query
 * side's configuration only.
 */
package io.lifeline.query.cannedreplies;
