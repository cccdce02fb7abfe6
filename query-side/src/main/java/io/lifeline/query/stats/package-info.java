/**
 * Statistics with drill-down: a projection records facts (conversations, cycles, waits for a reply,
 * messages) at the events' own times, and every figure (counts, first response, resolution and
 * reply times with median and 90th percentile and their distributions, per context kind and per
 * agent, traffic and volume at an hour's or a day's grain, per-agent load) is computed from those
 * rows with SQL when asked, for admins and analysts. {@code Range} is the statistics' date range,
 * shared with {@code satisfaction}. Depends only on the contracts, on {@code batching} for its
 * writes, and on {@code config} for {@code InvalidParameter}.
 */
package io.lifeline.query.stats;
