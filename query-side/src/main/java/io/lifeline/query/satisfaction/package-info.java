/**
 * Satisfaction (CSAT): the visitors' ratings of resolved conversations, kept per conversation (the
 * latest rating) with the context, team and agent they belong to, and the figures admins and
 * analysts read per agent, team and context. Depends on the contracts and the query side's
 * configuration only.
 */
package io.lifeline.query.satisfaction;
