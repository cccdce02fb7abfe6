/**
 * The in-process Kafka broker: a single KRaft node (broker and controller) on the loopback
 * interface whose log lives in the data directory. Depends on Kafka's server and client jars.
 */
package io.lifeline.standalone.kafka;
