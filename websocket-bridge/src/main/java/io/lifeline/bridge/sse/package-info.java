/**
 * The HTTP fallback where WebSocket is blocked: one conversation's events as server-sent events,
 * resumable with {@code Last-Event-ID}, through the same subscriptions as WebSocket connections
 * (sends go to the command side's REST API). Depends on connection and subscription.
 */
package io.lifeline.bridge.sse;
