package io.lifeline.bridge.subscription;

import io.lifeline.bridge.connection.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A client that takes every frame at once and remembers it, and how it was closed. */
final class RecordingTransport implements Transport {
    private final List<String> frames = new ArrayList<>();
    private final List<Integer> closeCodes = new ArrayList<>();

    @Override
    public synchronized void send(String frame, Runnable written, Consumer<Throwable> failed) {
        frames.add(frame);
        written.run();
    }

    @Override
    public synchronized void close(int code, String reason) {
        closeCodes.add(code);
    }

    @Override
    public void ping() {
    }

    synchronized List<String> frames() {
        return List.copyOf(frames);
    }

    /** The sequences of the event frames, in the order they were sent. */
    synchronized List<Long> sequences() {
        return frames.stream().filter(frame -> frame.startsWith("event ")).map(frame -> Long.parseLong(frame.substring(6)))
                .toList();
    }

    synchronized List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }
}
