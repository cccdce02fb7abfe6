/**
 * Technical wiring only: reading the event store (each timestamp parsed once, and an event's own global index in
 * it), the token
 * store, security (an OAuth2 resource server on Lifeline's tokens or an external provider's,
 * refusing revoked ones), the revocations topic and problem details. Holds no projection logic.
 */
package io.lifeline.query.config;
