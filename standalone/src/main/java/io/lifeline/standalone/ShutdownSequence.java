package io.lifeline.standalone;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What has started, closed in reverse order: the edge, the services, Kafka, PostgreSQL, the data
 * directory's lock. It exists before anything starts, so Ctrl+C during start-up or a failed start
 * still stops what was already running instead of leaving a PostgreSQL server behind.
 */
final class ShutdownSequence implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ShutdownSequence.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean closed;

    /** @throws IllegalStateException after {@link #close()}, having closed the resource too */
    synchronized <T extends AutoCloseable> T add(T resource) {
        if (closed) {
            closeQuietly(resource);
            throw new IllegalStateException("Lifeline is shutting down");
        }
        started.push(resource);
        return resource;
    }

    /**
     * Stacks these again in the given order, so that they stop in its reverse whichever order they
     * finished starting in; they must be the ones added last.
     */
    synchronized void restack(List<? extends AutoCloseable> inStartOrder) {
        if (closed) {
            return;
        }
        started.removeAll(inStartOrder);
        inStartOrder.forEach(started::push);
    }

    @Override
    public synchronized void close() {
        closed = true;
        while (!started.isEmpty()) {
            closeQuietly(started.pop());
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            // Keep going: whatever comes later (PostgreSQL above all) must still be stopped.
            log.error("Could not stop {} cleanly", resource, e);
        }
    }
}
