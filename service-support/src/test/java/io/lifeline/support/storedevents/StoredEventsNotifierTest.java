package io.lifeline.support.storedevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The notifier's pace, against a database that records what it is sent (the database is the boundary). */
class StoredEventsNotifierTest {
    private final List<String> sent = new CopyOnWriteArrayList<>();

    @Test
    void aBurstOfCommitsSharesOneOrTwoNotifications() throws Exception {
        Duration interval = Duration.ofMillis(300);
        try (var notifier = new StoredEventsNotifier(recordingDatabase(), interval, "instance-a")) {
            for (int commit = 0; commit < 1_000; commit++) {
                notifier.eventsStored();
            }
            awaitSent(1);
            Thread.sleep(interval.toMillis() * 3);
            assertThat(sent).as("the first commit's notification, and one for those after it began, if any")
                    .hasSizeBetween(1, 2).containsOnly("instance-a");
        }
    }

    @Test
    void aSteadyStreamOfCommitsIsAnnouncedAtMostOncePerInterval() throws Exception {
        Duration interval = Duration.ofMillis(300);
        try (var notifier = new StoredEventsNotifier(recordingDatabase(), interval, "instance-a")) {
            long start = System.nanoTime();
            for (int commit = 0; commit < 100; commit++) {
                notifier.eventsStored();
                Thread.sleep(10);
            }
            long intervals = (System.nanoTime() - start) / interval.toNanos();
            Thread.sleep(interval.toMillis() * 2);
            assertThat(sent).as("one at once, then at most one per interval, the last after the stream ended")
                    .hasSizeBetween(2, (int) intervals + 2);
        }
    }

    @Test
    void aFailedNotificationLeavesTheNextOneToGo() throws Exception {
        DataSource failingOnce = mock(DataSource.class);
        Connection working = recordingDatabase().getConnection();
        when(failingOnce.getConnection()).thenThrow(new java.sql.SQLException("database restarting")).thenReturn(working);
        try (var notifier = new StoredEventsNotifier(failingOnce, Duration.ZERO, "instance-b")) {
            notifier.eventsStored();
            Thread.sleep(200);
            notifier.eventsStored();
            awaitSent(1);
            assertThat(sent).containsExactly("instance-b");
        }
    }

    private DataSource recordingDatabase() throws Exception {
        DataSource database = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        when(database.getConnection()).thenReturn(connection);
        when(connection.createStatement()).thenAnswer(invocation -> mock(java.sql.Statement.class));
        when(connection.prepareStatement(anyString())).thenAnswer(invocation -> {
            PreparedStatement statement = mock(PreparedStatement.class);
            String[] instance = new String[1];
            org.mockito.Mockito.doAnswer(set -> {
                if ((int) set.getArgument(0) == 2) {
                    instance[0] = set.getArgument(1);
                }
                return null;
            }).when(statement).setString(org.mockito.ArgumentMatchers.anyInt(), anyString());
            when(statement.execute()).thenAnswer(run -> sent.add(instance[0]));
            return statement;
        });
        return database;
    }

    private void awaitSent(int count) throws InterruptedException {
        for (int attempt = 0; attempt < 500 && sent.size() < count; attempt++) {
            Thread.sleep(10);
        }
        assertThat(sent).hasSizeGreaterThanOrEqualTo(count);
    }
}
