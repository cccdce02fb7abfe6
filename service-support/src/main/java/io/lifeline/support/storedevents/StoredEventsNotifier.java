package io.lifeline.support.storedevents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code NOTIFY lifeline_events_stored} after this instance stored events: the first at once,
 * then at most one per {@code interval} however many commits happen, each in a transaction of its
 * own. A notification inside the events' transaction would hold PostgreSQL's global notification
 * lock through every commit's flush and so serialise all commits. The payload names this instance,
 * so its own listener can leave the notification to Axon's local wake-up. A notification that
 * fails is logged and not retried: the readers' poll still finds the events.
 */
public final class StoredEventsNotifier implements AutoCloseable {
    /** The notification channel, on the event store's database. */
    public static final String CHANNEL = "lifeline_events_stored";
    private static final Logger LOG = LoggerFactory.getLogger(StoredEventsNotifier.class);

    private final DataSource dataSource;
    private final long intervalNanos;
    private final String instance;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "stored-events-notifier");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastSent = System.nanoTime() - Long.MAX_VALUE / 2;

    StoredEventsNotifier(DataSource dataSource, Duration interval, String instance) {
        this.dataSource = dataSource;
        this.intervalNanos = interval.toNanos();
        this.instance = instance;
    }

    /** The instance named in this notifier's notifications. */
    String instance() {
        return instance;
    }

    /** Events committed: a notification goes now, or once the interval since the last one has passed. */
    void eventsStored() {
        if (pending.compareAndSet(false, true)) {
            long wait = Math.max(0, lastSent + intervalNanos - System.nanoTime());
            sender.schedule(this::send, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void send() {
        pending.set(false); // events committed from here on ask for another notification
        lastSent = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
             Statement settings = connection.createStatement();
             PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            connection.setAutoCommit(false);
            // Delivered at commit all the same; a notification need not wait for a flush (lost in a crash, the poll covers it).
            settings.execute("SET LOCAL synchronous_commit TO off");
            notify.setString(1, CHANNEL);
            notify.setString(2, instance);
            notify.execute();
            connection.commit();
        } catch (SQLException | RuntimeException failed) {
            LOG.warn("Could not tell other instances of stored events (they find them at their next poll): {}",
                    failed.getMessage());
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
