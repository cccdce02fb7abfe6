package io.lifeline.client;

import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.PresenceFrame;
import io.lifeline.contracts.protocol.SubscribedFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import io.lifeline.contracts.stream.EventEnvelope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Keeps every callback in arrival order, so a test can wait for the next one and check nothing else came. */
final class RecordingListener implements ClientListener {
    /** One callback with its argument; {@code kind} is the callback's name without "on". */
    record Callback(String kind, Object value) {
    }

    record Disconnect(int code, String reason) {
    }

    private final BlockingQueue<Callback> callbacks = new LinkedBlockingQueue<>();

    @Override
    public void onConnected() {
        callbacks.add(new Callback("Connected", null));
    }

    @Override
    public void onEvent(EventEnvelope event) {
        callbacks.add(new Callback("Event", event));
    }

    @Override
    public void onSubscribed(SubscribedFrame subscribed) {
        callbacks.add(new Callback("Subscribed", subscribed));
    }

    @Override
    public void onTyping(TypingFrame typing) {
        callbacks.add(new Callback("Typing", typing));
    }

    @Override
    public void onPresence(PresenceFrame presence) {
        callbacks.add(new Callback("Presence", presence));
    }

    @Override
    public void onError(ErrorFrame error) {
        callbacks.add(new Callback("Error", error));
    }

    @Override
    public void onDisconnected(int code, String reason) {
        callbacks.add(new Callback("Disconnected", new Disconnect(code, reason)));
    }

    /** The next callback, which must be of the given kind. */
    <T> T await(String kind, Class<T> type) throws InterruptedException {
        Callback next = callbacks.poll(10, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no callback came; expected " + kind);
        }
        if (!next.kind().equals(kind)) {
            throw new AssertionError("expected " + kind + " but got " + next);
        }
        return type.cast(next.value());
    }

    void awaitConnected() throws InterruptedException {
        await("Connected", Object.class);
    }

    EventEnvelope awaitEvent() throws InterruptedException {
        return await("Event", EventEnvelope.class);
    }

    /** The sequences of the next {@code count} callbacks, which must all be events. */
    List<Long> awaitSequences(int count) throws InterruptedException {
        List<Long> sequences = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sequences.add(awaitEvent().sequence());
        }
        return sequences;
    }

    SubscribedFrame awaitSubscribed() throws InterruptedException {
        return await("Subscribed", SubscribedFrame.class);
    }

    Disconnect awaitDisconnected() throws InterruptedException {
        return await("Disconnected", Disconnect.class);
    }

    /** What came that nobody waited for yet. */
    List<Callback> rest() {
        List<Callback> rest = new ArrayList<>();
        callbacks.drainTo(rest);
        return rest;
    }
}
