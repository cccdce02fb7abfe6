/**
 * Revoked staff sessions, read from {@code lifeline.revocations}: the whole retained topic when the
 * bridge starts (before it takes connections), then live. Tokens they concern are refused at the
 * handshake and on every request, and the connections they opened are closed with 4401 at once.
 * Depends on {@code connection} and the contracts.
 */
package io.lifeline.bridge.revocation;
