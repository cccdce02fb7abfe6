package io.lifeline.contracts.protocol;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;

/**
 * A client frame was refused. {@code code} is stable for clients to switch on (for example
 * {@code invalid-frame}, {@code not-found}, {@code forbidden}, {@code conversation-closed});
 * {@code conversationId} and {@code clientId} name what it was about when known.
 */
public record ErrorFrame(String code, String message, ConversationId conversationId, ClientMessageId clientId)
        implements ServerFrame {
    public static ErrorFrame of(String code, String message) {
        return new ErrorFrame(code, message, null, null);
    }
}
