/**
 * Satisfaction (CSAT): the visitors' ratings of resolved conversations, kept per conversation (the
 * latest rating) with the context, team and agent they belong to, the figures admins and analysts
 * read per agent, team and context, and the rated conversations behind each figure. Depends on the
 * contracts, the query side's configuration, and {@code stats} for the statistics' shared {@code Range}.
 */
package io.lifeline.query.satisfaction;
