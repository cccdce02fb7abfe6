/**
 * Who receives which events: per-connection conversation subscriptions that fill the gap after a
 * client's last sequence from the query side and then carry live events from Kafka with none
 * missing and none twice, and staff inbox streams. Depends on connection and upstream.
 */
package io.lifeline.bridge.subscription;
