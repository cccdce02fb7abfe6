package io.lifeline.contracts.channel;

import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import java.util.Objects;

/**
 * A client's frame that the command side must decide on, with the caller the bridge verified: a
 * {@code send} stores a message, {@code delivered} and {@code read} move the caller's receipts,
 * {@code typing} asks whether the caller takes part in the conversation (nothing is stored).
 */
public record ForwardedFrame(VerifiedCaller caller, ClientFrame frame) {
    public ForwardedFrame {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(frame, "frame");
        conversationOf(frame); // refuses every other kind of frame
    }

    /** The conversation the frame is about: the record's key, so one conversation's frames keep their order. */
    public ConversationId conversationId() {
        return conversationOf(frame);
    }

    private static ConversationId conversationOf(ClientFrame frame) {
        if (frame instanceof SendFrame send) {
            return send.conversationId();
        } else if (frame instanceof DeliveredFrame delivered) {
            return delivered.conversationId();
        } else if (frame instanceof ReadFrame read) {
            return read.conversationId();
        } else if (frame instanceof TypingFrame typing) {
            return typing.conversationId();
        }
        throw new IllegalArgumentException("the command side takes send, delivered, read and typing frames");
    }
}
