/**
 * One client connection whatever carries it (WebSocket or server-sent events): who it is, its
 * bounded outbox of frames, and the registry of open connections with their heartbeats. Depends
 * on nothing else in the bridge.
 */
package io.lifeline.bridge.connection;
