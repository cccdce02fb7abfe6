/**
 * The audit history: every event with its actor, role, time, causation and correlation, per
 * conversation and across the system, filterable by actor and type. Depends only on the contracts
 * and on {@code config} for {@code EventGlobalIndex}.
 */
package io.lifeline.query.audit;
