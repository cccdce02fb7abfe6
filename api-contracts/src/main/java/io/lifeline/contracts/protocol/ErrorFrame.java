package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;

/**
 * A client frame was refused. {@code code} is stable for clients to switch on (for example
 * {@code invalid-frame}, {@code not-found}, {@code forbidden}, {@code conversation-closed},
 * {@code rate-limited}); {@code conversationId} and {@code clientId} name what it was about when
 * known; {@code retryAfterSeconds} says, for {@code rate-limited}, when the next frame is accepted.
 */
public record ErrorFrame(String code, String message, ConversationId conversationId, ClientMessageId clientId,
                         Long retryAfterSeconds) implements ServerFrame {
    public static final String RATE_LIMITED = "rate-limited";
    /** The command could not be carried out now (no answer in time): send it again with the same client id. */
    public static final String UNAVAILABLE = "unavailable";

    public ErrorFrame(String code, String message, ConversationId conversationId, ClientMessageId clientId) {
        this(code, message, conversationId, clientId, null);
    }

    public static ErrorFrame of(String code, String message) {
        return new ErrorFrame(code, message, null, null, null);
    }

    /** Too many frames from this client: this one was dropped, and may be sent again after the pause. */
    public static ErrorFrame rateLimited(String message, long retryAfterSeconds, ConversationId conversationId,
                                         ClientMessageId clientId) {
        return new ErrorFrame(RATE_LIMITED, message, conversationId, clientId, retryAfterSeconds);
    }
}
