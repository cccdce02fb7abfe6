/**
 * Closing, with 4401, the connections opened with a token that a revocation now refuses; the
 * revocations themselves come from the shared feed ({@code io.lifeline.support.revocation}).
 * Depends on {@code connection} and the contracts.
 */
package io.lifeline.bridge.revocation;
