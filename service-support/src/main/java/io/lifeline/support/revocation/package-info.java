/**
 * Revoked staff sessions, read from {@code lifeline.revocations}: the whole retained topic when the
 * service starts (before it takes requests), then live. Tokens they concern are refused, and
 * the service's listeners hear of each. Depends on the contracts only; a service imports
 * {@link io.lifeline.support.revocation.Revocations}.
 */
package io.lifeline.support.revocation;
