/**
 * What every service reads from an access token: the claims Lifeline adds beside the standard ones,
 * and how a token from an external OpenID Connect provider is read as a Lifeline staff token (its
 * role claim mapped to a staff role, its subject to a staff id). Depends on {@code actor} and
 * {@code staff}; plain Java, no Spring.
 */
package io.lifeline.contracts.token;
