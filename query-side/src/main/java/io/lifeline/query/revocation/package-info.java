/**
 * Revoked staff sessions, read from {@code lifeline.revocations}: the whole retained topic when the
 * service starts (before it takes requests), then live. Tokens they concern are refused. Depends on
 * the contracts only.
 */
package io.lifeline.query.revocation;
