/**
 * The audit history: every event with its actor, role, time, causation and correlation, per
 * conversation and across the system, filterable by actor and type. Depends only on the contracts.
 */
package io.lifeline.query.audit;
