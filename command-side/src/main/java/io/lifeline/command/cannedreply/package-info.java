/**
 * Canned replies: the {@code CannedReply} aggregate (one stream per reply, who may change it decided
 * from whose it is) and its REST API. Depends on {@code identity} to send commands as an actor, and
 * the contracts.
 */
package io.lifeline.command.cannedreply;
