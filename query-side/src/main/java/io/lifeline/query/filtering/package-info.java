/**
 * What several staff views filter conversations by (status, priority, assignee, labels): keeping
 * those facts in a projection's own tables, and reading the assignee parameters. Each projection
 * still owns its tables and its processing group; this only saves writing the same SQL twice.
 * Depends on the contracts, on {@code batching} for its writes, and on {@code config} for
 * {@code InvalidParameter}.
 */
package io.lifeline.query.filtering;
