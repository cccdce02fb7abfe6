package io.lifeline.contracts.stream;

/** Kafka topic names. */
public final class Topics {
    /** Every conversation event, keyed by conversation id so each conversation keeps its order. */
    public static final String CONVERSATION_EVENTS = "lifeline.conversation-events";
    /** Ephemeral signals (typing, presence), never stored as events. */
    public static final String SIGNALS = "lifeline.signals";
    /**
     * Revoked staff sessions ({@link Revocation}), keyed by staff id, kept at least as long as an
     * access token lives so that a service starting up reads every revocation still in force.
     */
    public static final String REVOCATIONS = "lifeline.revocations";

    private Topics() {
    }
}
