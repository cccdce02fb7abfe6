/**
 * Publishing: every stored conversation event goes to Kafka as an {@code EventEnvelope}, keyed by
 * conversation, by a tracking processor whose position advances only after the broker acknowledged
 * (an outbox without a second table). The envelope is written from the stored JSON, the payload
 * embedded as stored, never read into objects ({@code RawEnvelopeWriter}). Depends on the contracts only.
 */
package io.lifeline.command.publishing;
