/**
 * Technical wiring only: security (an OAuth2 resource server on Lifeline's tokens, with the rate
 * limits' request filters).
 */
package io.lifeline.bridge.config;
