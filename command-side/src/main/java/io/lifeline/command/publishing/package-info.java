/**
 * Publishing: every stored conversation event goes to Kafka as an {@code EventEnvelope}, keyed by
 * conversation, by a tracking processor whose position advances only after the broker acknowledged
 * (an outbox without a second table). Depends on the contracts only.
 */
package io.lifeline.command.publishing;
