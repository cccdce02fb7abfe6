/**
 * The audit history: every event with its actor, role, time, causation and correlation, per
 * conversation and across the system, filterable by actor and type. Depends only on the contracts,
 * on {@code batching} for its writes and on {@code config} for {@code EventGlobalIndex}.
 */
package io.lifeline.query.audit;
