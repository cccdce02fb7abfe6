/**
 * The benchmark tool: it drives a running Lifeline from outside, over the same REST and WebSocket
 * protocol real clients use (the Java client), writes generated events straight into the event store
 * for the replay and growth figures, and reports what it measured as a table, JSON and HTML. One
 * package, because the tool is a handful of measurements sharing one target and one report; it
 * depends on the client, the contracts and JDBC, never on a service module.
 */
package io.lifeline.benchmarks;
