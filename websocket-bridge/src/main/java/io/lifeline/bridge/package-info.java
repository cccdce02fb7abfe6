/**
 * The WebSocket bridge: the client edge. Thin until the bridge issue; it already verifies Lifeline
 * tokens so its shape is final.
 */
package io.lifeline.bridge;
