package io.lifeline.bridge.connection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every open connection on this bridge, with listeners told when one opens or closes. When the
 * bridge shuts down, every client is told to reconnect (1001) before the web server waits for open
 * requests: an event stream never ends by itself, and would hold that wait to its timeout.
 */
@Component
public class Connections implements SmartLifecycle {
    static final int GOING_AWAY = 1001;
    private final Map<String, Connection> open = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners;
    private volatile boolean running;

    public Connections(List<ConnectionListener> listeners) {
        this.listeners = listeners;
    }

    /** Told when a connection opens or closes (subscriptions drop theirs, presence counts staff). */
    public interface ConnectionListener {
        default void opened(Connection connection) {
        }

        void closed(Connection connection);
    }

    public void opened(Connection connection) {
        open.put(connection.id(), connection);
        listeners.forEach(listener -> listener.opened(connection));
    }

    public void closed(Connection connection) {
        connection.closed();
        if (open.remove(connection.id()) != null) {
            listeners.forEach(listener -> listener.closed(connection));
        }
    }

    public Collection<Connection> all() {
        return open.values();
    }

    public void forEach(Consumer<Connection> action) {
        open.values().forEach(action);
    }

    public int count() {
        return open.size();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        open.values().forEach(connection -> connection.close(GOING_AWAY, "bridge shutting down: reconnect and resume"));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the Kafka listeners and before the web server's graceful shutdown (DEFAULT_PHASE - 1024). */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 512;
    }
}
