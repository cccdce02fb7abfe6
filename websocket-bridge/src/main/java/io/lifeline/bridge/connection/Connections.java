package io.lifeline.bridge.connection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Every open connection on this bridge, with listeners told when one opens or closes. */
@Component
public class Connections {
    private final Map<String, Connection> open = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners;

    Connections(List<ConnectionListener> listeners) {
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
}
