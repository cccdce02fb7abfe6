/**
 * Technical wiring only: security (an OAuth2 resource server on Lifeline's tokens or an external
 * provider's, refusing revoked ones, with the rate limits' request filters) and the Kafka topics.
 */
package io.lifeline.bridge.config;
