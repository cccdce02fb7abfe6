package io.lifeline.contracts.channel;

import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.RateFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's frame that the command side must decide on, with the caller the bridge verified: a
 * {@code send} stores a message, {@code delivered} and {@code read} move the caller's receipts,
 * {@code typing} asks whether the caller takes part in the conversation (nothing is stored).
 */
public record ForwardedFrame(VerifiedCaller caller, ClientFrame frame) {
    public ForwardedFrame {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(frame, "frame");
        if (conversationOf(frame).isEmpty()) {
            throw new IllegalArgumentException("the command side takes send, delivered, read, typing and rate frames");
        }
    }

    /** The conversation the frame is about: the record's key, so one conversation's frames keep their order. */
    public ConversationId conversationId() {
        return conversationOf(frame).orElseThrow();
    }

    /** The conversation of a frame the command side decides on; empty for every other kind of frame. */
    public static Optional<ConversationId> conversationOf(ClientFrame frame) {
        if (frame instanceof SendFrame send) {
            return Optional.of(send.conversationId());
        } else if (frame instanceof DeliveredFrame delivered) {
            return Optional.of(delivered.conversationId());
        } else if (frame instanceof ReadFrame read) {
            return Optional.of(read.conversationId());
        } else if (frame instanceof TypingFrame typing) {
            return Optional.of(typing.conversationId());
        } else if (frame instanceof RateFrame rate) {
            return Optional.of(rate.conversationId());
        }
        return Optional.empty();
    }
}
