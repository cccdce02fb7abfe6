package io.lifeline.support.storedevents;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on {@code lifeline_events_stored} over a connection of its own and wakes the event store's
 * producer whenever another instance stored events. After (re)connecting it wakes the producer once,
 * for whatever was stored while nobody listened; while it cannot connect it retries every few
 * seconds and the producer's poll finds new events meanwhile. A read replica sends no notifications
 * (PostgreSQL refuses LISTEN on a standby): there it stops at once and the poll is all there is.
 */
final class StoredEventsListener implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(StoredEventsListener.class);
    /** How long one wait for notifications lasts: also how soon the thread notices it should stop. */
    private static final int WAIT_MILLIS = 1_000;
    private static final Duration RETRY = Duration.ofSeconds(5);
    /** What a hot standby answers to LISTEN (read_only_sql_transaction). */
    private static final String READ_ONLY = "25006";

    private final DataSource dataSource;
    private final WakeableEventStore store;
    private final String ownInstance;
    private volatile boolean running;
    private Thread thread;

    StoredEventsListener(DataSource dataSource, WakeableEventStore store, String ownInstance) {
        this.dataSource = dataSource;
        this.store = store;
        this.ownInstance = ownInstance;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "stored-events-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(2L * WAIT_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + StoredEventsNotifier.CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                store.fetchNow();
                while (running) {
                    if (fromAnotherInstance(notifications.getNotifications(WAIT_MILLIS))) {
                        store.fetchNow();
                    }
                }
            } catch (SQLException failed) {
                if (READ_ONLY.equals(failed.getSQLState())) {
                    LOG.info("The event store's database is a standby, which sends no notifications: new events are "
                            + "found by polling");
                    running = false;
                } else if (running) {
                    LOG.warn("Not listening for stored events (the event store's poll finds them); retrying in {}: {}",
                            RETRY, failed.getMessage());
                    pause();
                }
            } catch (RuntimeException failed) {
                if (running) {
                    LOG.warn("Not listening for stored events (the event store's poll finds them); retrying in {}: {}",
                            RETRY, failed.getMessage());
                    pause();
                }
            }
        }
    }

    private boolean fromAnotherInstance(PGNotification[] received) {
        if (received != null) {
            for (PGNotification notification : received) {
                if (!ownInstance.equals(notification.getParameter())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
