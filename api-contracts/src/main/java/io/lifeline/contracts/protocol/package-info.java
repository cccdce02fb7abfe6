/**
 * The WebSocket frame protocol between clients and the bridge (documented in
 * {@code docs/asyncapi.yaml}): JSON objects whose {@code type} names the frame. Client frames ask;
 * server frames carry events, acknowledgements, errors and ephemeral signals. Depends only on the
 * conversation contracts and the event envelope.
 */
package io.lifeline.contracts.protocol;
