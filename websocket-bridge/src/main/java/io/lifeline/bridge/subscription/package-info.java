/**
 * Who receives which events: per-connection conversation subscriptions that fill the gap after a
 * client's last sequence from the query side and then carry live events from Kafka with none
 * missing and none twice, and staff inbox streams; each live event also goes to the sends it answers
 * (commands). Depends on connection, upstream and commands.
 */
package io.lifeline.bridge.subscription;
