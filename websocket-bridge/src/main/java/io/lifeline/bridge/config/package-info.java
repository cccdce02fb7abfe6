/**
 * Technical wiring only: security (an OAuth2 resource server on Lifeline's tokens).
 */
package io.lifeline.bridge.config;
