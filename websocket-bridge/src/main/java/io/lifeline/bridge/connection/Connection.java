package io.lifeline.bridge.connection;

import io.lifeline.contracts.protocol.CloseCodes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client: who it is, where its frames go and when it was last heard from. Frames are JSON
 * text, written once and shared by every connection that receives the same event.
 */
public final class Connection {
    private final String id = UUID.randomUUID().toString();
    private final Caller caller;
    private final Transport transport;
    private final Outbox outbox;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long lastHeardNanos = System.nanoTime();

    public Connection(Caller caller, Transport transport, int outboxCapacity) {
        this.caller = caller;
        this.transport = transport;
        this.outbox = new Outbox(outboxCapacity, transport);
    }

    public String id() {
        return id;
    }

    public Caller caller() {
        return caller;
    }

    /** Queues a frame; a client too far behind is disconnected with the code that tells it to resume. */
    public void send(String frame) {
        if (closed.get()) {
            return;
        }
        if (!outbox.offer(frame)) {
            close(CloseCodes.RESUME, "too far behind: reconnect and resume");
        }
    }

    /** Room left in the outbox, for producers that can wait (a backfill) rather than overflow it. */
    public int outboxRoom() {
        return outbox.free();
    }

    public boolean isOpen() {
        return !closed.get();
    }

    public void close(int code, String reason) {
        if (closed.compareAndSet(false, true)) {
            transport.close(code, reason);
        }
    }

    /** The transport reported the connection gone. */
    public void closed() {
        closed.set(true);
    }

    public void heard() {
        lastHeardNanos = System.nanoTime();
    }

    long silentForNanos() {
        return System.nanoTime() - lastHeardNanos;
    }

    Outbox outbox() {
        return outbox;
    }

    Transport transport() {
        return transport;
    }

    @Override
    public String toString() {
        return caller + "/" + id;
    }
}
