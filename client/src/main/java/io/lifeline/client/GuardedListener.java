package io.lifeline.client;

import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.PresenceFrame;
import io.lifeline.contracts.protocol.SubscribedFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import io.lifeline.contracts.stream.EventEnvelope;

/** Keeps a failing listener from breaking the client: what it throws is logged, and the client goes on. */
final class GuardedListener implements ClientListener {
    private static final System.Logger LOG = System.getLogger(GuardedListener.class.getName());

    private final ClientListener listener;

    GuardedListener(ClientListener listener) {
        this.listener = listener;
    }

    @Override
    public void onConnected() {
        guard("onConnected", listener::onConnected);
    }

    @Override
    public void onEvent(EventEnvelope event) {
        guard("onEvent", () -> listener.onEvent(event));
    }

    @Override
    public void onSubscribed(SubscribedFrame subscribed) {
        guard("onSubscribed", () -> listener.onSubscribed(subscribed));
    }

    @Override
    public void onTyping(TypingFrame typing) {
        guard("onTyping", () -> listener.onTyping(typing));
    }

    @Override
    public void onPresence(PresenceFrame presence) {
        guard("onPresence", () -> listener.onPresence(presence));
    }

    @Override
    public void onError(ErrorFrame error) {
        guard("onError", () -> listener.onError(error));
    }

    @Override
    public void onDisconnected(int code, String reason) {
        guard("onDisconnected", () -> listener.onDisconnected(code, reason));
    }

    private static void guard(String callback, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the client listener's " + callback + " failed", e);
        }
    }
}
