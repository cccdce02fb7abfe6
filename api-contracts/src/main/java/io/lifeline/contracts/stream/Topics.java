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
    /**
     * Client frames the bridge forwards to the command side ({@code ForwardedFrame}), keyed by
     * conversation id: one command-side consumer owns each partition, so one conversation's
     * commands run in order on one instance.
     */
    public static final String COMMANDS = "lifeline.commands";
    /** The command side's answers ({@code ChannelReply}), matched to their frame by correlation id. */
    public static final String COMMAND_REPLIES = "lifeline.command-replies";

    private Topics() {
    }
}
