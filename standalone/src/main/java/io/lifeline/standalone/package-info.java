/**
 * The standalone process: parses its options, starts the data directory's PostgreSQL and Kafka,
 * then the three services and the edge in front of them, prints where everything is, and stops it
 * all in reverse order from one shutdown hook. Depends on every feature package here.
 */
package io.lifeline.standalone;
