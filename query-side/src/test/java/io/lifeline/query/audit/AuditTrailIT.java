package io.lifeline.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class AuditTrailIT extends QuerySideIntegrationTest {
    @Autowired
    EventStorageEngine storage;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyEventIsInTheAuditHistoryWithWhoCausedItAndWhy() throws InterruptedException {
        var history = new EventHistory(storage);
        DeviceId device = new DeviceId("d-" + java.util.UUID.randomUUID());
        StaffId agent = StaffId.random();
        ConversationId conversation = history.conversation(device, agent, 2);
        history.conversation(new DeviceId("d-" + java.util.UUID.randomUUID()), agent, 1);
        awaitCaughtUp();

        JsonNode entries = get("/api/query/audit?aggregateId=" + conversation, analyst()).body().path("entries");
        assertThat(entries).hasSize(6);
        assertThat(entries.get(0).path("type").asString()).isEqualTo("ConversationStarted");
        assertThat(entries.get(0).path("actor").asString()).isEqualTo("device:" + device);
        assertThat(entries.get(0).path("causationId").asString()).isNotBlank();
        assertThat(entries.get(5).path("type").asString()).isEqualTo("ConversationResolved");
        assertThat(entries.get(5).path("actor").asString()).isEqualTo("staff:" + agent);
        assertThat(entries.get(5).path("actorRole").asString()).isEqualTo("AGENT");
        for (int n = 0; n < 6; n++) {
            assertThat(entries.get(n).path("sequence").asLong()).isEqualTo(n);
            String stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM event_store.domainevententry WHERE eventidentifier = ?")
                    .param(entries.get(n).path("eventId").asString()).query(String.class).single();
            assertThat(entries.get(n).path("payload").asString()).as("the event's JSON as the store holds it").isEqualTo(stored);
        }

        JsonNode byAgent = get("/api/query/audit?actor=staff:" + agent + "&type=ConversationResolved", analyst())
                .body().path("entries");
        assertThat(byAgent).hasSize(2);
    }

    @Test
    void theHistoryPagesByPositionWithoutGapsOrRepeats() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId agent = StaffId.random();
        for (int n = 0; n < 3; n++) {
            history.conversation(new DeviceId("d-" + java.util.UUID.randomUUID()), agent, 3);
        }
        awaitCaughtUp();

        List<Long> seen = new ArrayList<>();
        Long after = 0L;
        do {
            JsonNode page = get("/api/query/audit?actor=staff:" + agent + "&limit=4&after=" + after, analyst()).body();
            page.path("entries").forEach(entry -> seen.add(entry.path("position").asLong()));
            after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asLong();
        } while (after != null);
        assertThat(seen).hasSize(9).doesNotHaveDuplicates().isSorted();
    }

    /**
     * The store numbers an event when its transaction inserts it, not when it commits: an event that
     * commits after a later-numbered one shows up behind it. Paging must still bring it.
     */
    @Test
    void anEventThatCommitsAfterALaterOneStillComesOnTheNextPage() {
        var history = new EventHistory(storage);
        DeviceId device = new DeviceId("d-" + java.util.UUID.randomUUID());
        String byDevice = "/api/query/audit?actor=device:" + device;
        var early = history.conversation(device).started(Priority.URGENT);
        var late = history.conversation(device).started(Priority.NORMAL);
        Long[] cursor = new Long[1];

        new TransactionTemplate(transactions).executeWithoutResult(open -> {
            early.append(); // takes the lower global index, but stays uncommitted for now
            CompletableFuture.runAsync(late::append).join(); // a higher index, committed at once
            JsonNode page = awaitEntries(byDevice + "&limit=1", 1);
            assertThat(page.path("entries").get(0).path("aggregateId").asString()).isEqualTo(late.id().toString());
            cursor[0] = page.path("next").asLong();
        });

        JsonNode next = awaitEntries(byDevice + "&limit=1&after=" + cursor[0], 1);
        assertThat(next.path("entries").get(0).path("aggregateId").asString()).isEqualTo(early.id().toString());
        JsonNode both = awaitEntries(byDevice, 2).path("entries");
        assertThat(both).extracting(entry -> entry.path("aggregateId").asString())
                .containsExactly(late.id().toString(), early.id().toString());
        assertThat(both.get(1).path("position").asLong()).as("the late event keeps its own, lower, store position")
                .isLessThan(both.get(0).path("position").asLong());
    }

    private JsonNode awaitEntries(String path, int count) {
        JsonNode page = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            page = get(path, analyst()).body();
            if (page.path("entries").size() >= count) return page;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(path + " never had " + count + " entries: " + page);
    }

    @Test
    void onlyAdminsAndAnalystsReadTheAuditHistory() {
        assertThat(get("/api/query/audit", token("d-0123456789abcdef01", "device", "DEVICE")).status()).isEqualTo(403);
        assertThat(get("/api/query/audit", token(StaffId.random().toString(), "staff", "AGENT")).status()).isEqualTo(403);
        assertThat(get("/api/query/audit", token(StaffId.random().toString(), "staff", "ADMIN")).status()).isEqualTo(200);
        assertThat(get("/api/query/audit", null).status()).isEqualTo(401);
    }
}
