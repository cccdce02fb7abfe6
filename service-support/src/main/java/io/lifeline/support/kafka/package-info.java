/**
 * How every service's Kafka consumers behave beyond {@code spring.kafka.consumer}: they close
 * without waiting out the broker's hold on an empty fetch. Depends on Spring Kafka and the Kafka
 * client only; a service imports {@link io.lifeline.support.kafka.PromptConsumerClose}.
 */
package io.lifeline.support.kafka;
