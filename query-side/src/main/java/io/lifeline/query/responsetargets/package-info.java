/**
 * Response targets as admins read them: a projection of the response targets' stream (processing
 * group {@code response-targets}) into one row per scope, and the route that lists every target set.
 * Depends on the contracts, the query side's batching and its configuration only.
 */
package io.lifeline.query.responsetargets;
