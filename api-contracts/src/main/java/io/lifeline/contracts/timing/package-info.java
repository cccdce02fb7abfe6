/**
 * Flight-recorder (JFR) events the services write on the send path and the benchmarks' {@code hops}
 * report reads: where a message's time goes between hops that run in different services. They are
 * written only while a recording runs (otherwise each costs one check) and carry no message text.
 * Depends on the JDK's {@code jdk.jfr} only.
 */
package io.lifeline.contracts.timing;
