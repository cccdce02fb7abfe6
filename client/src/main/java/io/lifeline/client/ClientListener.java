package io.lifeline.client;

import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.PresenceFrame;
import io.lifeline.contracts.protocol.SubscribedFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import io.lifeline.contracts.stream.EventEnvelope;

/**
 * What a {@link LifelineClient} tells its user. Every method runs on the client's one event thread, one
 * at a time and in the order things happened, so an implementation needs no locking of its own; it
 * should return quickly and must not wait there for one of the client's futures (that future is
 * completed on the same thread). An exception thrown here is logged and does not stop the client.
 */
public interface ClientListener {

    /** A connection is open and the client has asked again for everything it had subscribed to. */
    default void onConnected() {
    }

    /**
     * An event of a conversation, in sequence order and at most once per (conversation, sequence) for a
     * subscribed conversation. Events of conversations seen only through the inbox are passed on as
     * they come.
     */
    default void onEvent(EventEnvelope event) {
    }

    /** The history after the subscribe's {@code after} has been handed on; live events follow. */
    default void onSubscribed(SubscribedFrame subscribed) {
    }

    /** Someone started or stopped typing in a conversation. */
    default void onTyping(TypingFrame typing) {
    }

    /** The staff members online now. */
    default void onPresence(PresenceFrame presence) {
    }

    /**
     * The bridge refused a frame. Refusals of a {@code send} fail that send's future instead (or, when
     * {@code rate-limited}, send it again after the pause) and are not passed here.
     */
    default void onError(ErrorFrame error) {
    }

    /**
     * The connection ended, or an attempt to connect ended the client: {@code code} is the WebSocket
     * close code (4008 resume, 4401 unauthorized, 1001 going away, 1006 lost, 1008 policy violation,
     * 1000 after {@link LifelineClient#close()}). Unless the code stops the client (1008, a protocol
     * error or a close), the client reconnects by itself, after a 4401 with a fresh token from its
     * supplier. Attempts that fail and are simply tried again are not reported; a refused handshake that
     * stops the client is, as 4401 for HTTP 401 (or a supplier that still returns the token a 4401 was
     * for) and as 1008 for another refusal.
     */
    default void onDisconnected(int code, String reason) {
    }
}
