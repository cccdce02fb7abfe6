/**
 * The WebSocket endpoint {@code /ws}: the handshake's authentication, the transport that writes
 * frames without blocking, and the dispatch of client frames (each counted against the rate limits)
 * to subscriptions, commands, receipts and signals. Depends on every other feature of the bridge.
 */
package io.lifeline.bridge.websocket;
