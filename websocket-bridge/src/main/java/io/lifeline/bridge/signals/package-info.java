/**
 * Ephemeral signals between bridge instances over Kafka topic {@code lifeline.signals}, never
 * stored as events: typing in a conversation, and which staff are online (a presence list whose
 * entries expire unless renewed). Depends on connection and subscription.
 */
package io.lifeline.bridge.signals;
