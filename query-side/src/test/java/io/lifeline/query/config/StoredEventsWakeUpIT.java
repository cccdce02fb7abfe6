package io.lifeline.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.Username;
import io.lifeline.query.QuerySideIntegrationTest;
import io.lifeline.support.storedevents.StoredEventsNotifier;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The query side's processors read events another instance stored as soon as that instance's
 * notification arrives: with the store's poll set to ten minutes, nothing else would show them
 * within the test's minute.
 */
@TestPropertySource(properties = "lifeline.event-store.poll-interval=10m")
class StoredEventsWakeUpIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eventsAnotherInstanceStoredAreProjectedOnItsNotification() throws InterruptedException {
        awaitCaughtUp();
        Thread.sleep(2_000); // every processor now waits on the store's producer rather than reading on its own

        StaffId ana = StaffId.random();
        storage.appendEvents(List.of(new GenericDomainEventMessage<>("StaffMember", ana.toString(), 0,
                new StaffRegistered(ana, new Username("ana-" + UUID.randomUUID().toString().substring(0, 8)), "Ana",
                        StaffRole.AGENT),
                MetaData.with(Actor.METADATA_KEY, Actor.system("test").toString()), UUID.randomUUID().toString(),
                Instant.now())));
        jdbc.sql("SELECT pg_notify(?, ?)").param(StoredEventsNotifier.CHANNEL).param("another-instance").query().singleRow();

        for (int attempt = 0; attempt < 600; attempt++) {
            if (get("/api/query/staff/" + ana, admin()).status() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(get("/api/query/staff/" + ana, admin()).status()).as("the new staff member in the directory").isEqualTo(200);
    }
}
