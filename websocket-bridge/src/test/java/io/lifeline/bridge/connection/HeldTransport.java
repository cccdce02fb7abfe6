package io.lifeline.bridge.connection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** A client whose writes finish only when the test says so, as a slow network's do. */
final class HeldTransport implements Transport {
    private final List<String> started = new ArrayList<>();
    private final Deque<Runnable> inFlight = new ArrayDeque<>();
    private final List<Integer> closeCodes = new ArrayList<>();
    private int mostInFlight;

    @Override
    public synchronized void send(String frame, Runnable written, Consumer<Throwable> failed) {
        started.add(frame);
        inFlight.add(written);
        mostInFlight = Math.max(mostInFlight, inFlight.size());
    }

    @Override
    public synchronized void close(int code, String reason) {
        closeCodes.add(code);
    }

    @Override
    public void ping() {
    }

    /** Finishes the oldest write in flight; the outbox may start the next one from within. */
    void finishWrite() {
        Runnable written;
        synchronized (this) {
            written = inFlight.removeFirst();
        }
        written.run();
    }

    /** Finishes writes until none is in flight. */
    void finishAll() {
        while (inFlight() > 0) {
            finishWrite();
        }
    }

    synchronized int inFlight() {
        return inFlight.size();
    }

    synchronized int mostInFlight() {
        return mostInFlight;
    }

    /** Every frame whose write has begun, in that order. */
    synchronized List<String> started() {
        return List.copyOf(started);
    }

    synchronized List<Integer> closeCodes() {
        return List.copyOf(closeCodes);
    }
}
