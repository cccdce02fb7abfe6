package io.lifeline.bridge.connection;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bounded queue of frames for one client with at most one write in flight. Producers (the Kafka
 * listener, backfills, answers) only ever enqueue, so a slow client never holds up anyone else;
 * when its queue is full, {@link #offer} says so and the connection is told to resume.
 */
final class Outbox {
    private final BlockingQueue<String> frames;
    private final Transport transport;
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile long writeStartedNanos;

    Outbox(int capacity, Transport transport) {
        this.frames = new LinkedBlockingQueue<>(capacity); // grows with use: an idle client's costs nothing
        this.transport = transport;
    }

    /** Queues a frame; false when the client is too far behind to take it. */
    boolean offer(String frame) {
        if (!frames.offer(frame)) {
            return false;
        }
        drain();
        return true;
    }

    int free() {
        return frames.remainingCapacity();
    }

    boolean idle() {
        return !writing.get() && frames.isEmpty();
    }

    /** How long the write in flight has been going, or 0. */
    long writingForNanos() {
        return writing.get() ? System.nanoTime() - writeStartedNanos : 0;
    }

    private void drain() {
        while (!frames.isEmpty() && writing.compareAndSet(false, true)) {
            String next = frames.poll();
            if (next == null) {
                writing.set(false);
                continue;
            }
            writeStartedNanos = System.nanoTime();
            transport.send(next, this::written, failure -> writing.set(false));
            return;
        }
    }

    private void written() {
        writing.set(false);
        drain();
    }
}
