/**
 * Response-target statistics: a projection keeps every response clock a conversation started (kind,
 * the conversation's priority and context then, due time) and how it ended (met, missed, stopped by
 * a resolution, or still running), and the figures per kind, priority and context, with the missed
 * clocks behind them, are counted with SQL when asked, for admins and analysts. Depends only on the
 * contracts, on {@code batching} for its writes, and on {@code config} for {@code InvalidParameter}.
 */
package io.lifeline.query.targets;
