/**
 * Reading staff and device tokens the same way in every service: Lifeline's own HS256 tokens,
 * an external OpenID Connect provider's (its settings, {@code lifeline.security.oidc.*}), and the
 * roles they grant. Depends on the contracts' token claims only.
 */
package io.lifeline.support.token;
