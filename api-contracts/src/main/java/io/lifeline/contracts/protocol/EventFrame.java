package io.lifeline.contracts.protocol;

import io.lifeline.contracts.stream.EventEnvelope;

/** One stored event of a subscribed conversation, with its sequence in the envelope. */
public record EventFrame(EventEnvelope event) implements ServerFrame {}
