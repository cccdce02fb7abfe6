/**
 * Response targets (service levels) as data: the {@code ResponseTargets} aggregate (one stream, so
 * every change is one audited event), the admin REST API, and the look-up table conversations read
 * their targets from when a clock starts. Depends on {@code identity} to send commands as an actor,
 * on {@code conversation} for the look-up it serves, and the contracts.
 */
package io.lifeline.command.responsetarget;
