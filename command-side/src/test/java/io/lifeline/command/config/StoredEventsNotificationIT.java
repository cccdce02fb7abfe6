package io.lifeline.command.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.support.storedevents.StoredEventsNotifier;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Storing events tells the store's other readers through PostgreSQL: a listener on the database
 * hears a notification after a command's events commit, naming the instance that stored them.
 */
class StoredEventsNotificationIT extends CommandSideIntegrationTest {
    @Autowired
    DataSource dataSource;

    @Test
    void aCommandsStoredEventsAreAnnouncedToTheStoresReaders() throws Exception {
        try (Connection listening = dataSource.getConnection()) {
            listening.setAutoCommit(true);
            try (Statement listen = listening.createStatement()) {
                listen.execute("LISTEN " + StoredEventsNotifier.CHANNEL);
            }
            PGConnection notifications = listening.unwrap(PGConnection.class);
            drain(notifications);

            String device = api().deviceToken(newDeviceId());
            api().post("/api/conversations", device, Map.of("channel", "MOBILE", "subject", "Notified",
                    "startNew", true)).expectStatus(201);
            List<PGNotification> afterOne = receive(notifications, 1);
            assertThat(afterOne).isNotEmpty();
            assertThat(afterOne.get(0).getParameter()).as("the storing instance's name").isNotBlank();

        }
    }

    private static List<PGNotification> receive(PGConnection notifications, int atLeast) throws Exception {
        List<PGNotification> received = new ArrayList<>();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (received.size() < atLeast && System.nanoTime() < deadline) {
            PGNotification[] some = notifications.getNotifications(1_000);
            if (some != null) {
                received.addAll(List.of(some));
            }
        }
        return received;
    }

    private static List<PGNotification> drain(PGConnection notifications) throws Exception {
        PGNotification[] left = notifications.getNotifications(200);
        return left == null ? new ArrayList<>() : new ArrayList<>(List.of(left));
    }
}
