package io.lifeline.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A projection that fails on one conversation's event parks that conversation's events in its
 * dead-letter queue and goes on with every other conversation, in the same batch too; admins see
 * the parked events with their cause, retry them once the cause is gone, or evict them.
 */
class DeadLettersIT extends QuerySideIntegrationTest {
    private static final String FRAGILE = "/api/query/processors/" + FragileProjection.NAME;

    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    private final List<String> refused = new ArrayList<>();

    /** Leaves nothing refused and nothing parked, for the tests that run after. */
    @AfterEach
    void allowEveryConversationAgain() {
        refused.forEach(id -> FragileProjection.allow(jdbc, id));
        assertThat(post(FRAGILE + "/dead-letters/retry", admin()).body().path("stillParked").asLong()).isZero();
    }

    @Test
    void aFailingConversationIsParkedWhileEveryOtherGoesOnAndIsAppliedOnceRetriedAfterTheCauseIsGone()
            throws InterruptedException {
        var history = new EventHistory(storage);
        var failing = history.conversation(device()).started(Priority.NORMAL).deviceSays("one").deviceSays("two");
        refuse(failing.id());
        var before = history.conversation(device()).started(Priority.NORMAL).deviceSays("before");
        var after = history.conversation(device()).started(Priority.HIGH).deviceSays("after");

        // Stopped while they are stored, so the processor meets all nine events in one batch.
        StreamingEventProcessor fragile = processing.eventProcessor(FragileProjection.NAME, StreamingEventProcessor.class)
                .orElseThrow();
        fragile.shutDown();
        before.append();
        failing.append();
        after.append();
        fragile.start();
        awaitCaughtUp();

        assertThat(projected(before.id())).containsExactly(0L, 1L);
        assertThat(projected(after.id())).containsExactly(0L, 1L);
        assertThat(projected(failing.id())).as("the failed event's first statement was undone").isEmpty();
        JsonNode status = get(FRAGILE, analyst()).body();
        assertThat(status.path("state").asString()).isEqualTo("RUNNING");
        assertThat(status.path("deadLetters").asLong()).isEqualTo(3);
        assertThat(status.path("deadLetterSequences").asLong()).isEqualTo(1);
        for (JsonNode processor : get("/api/query/processors", analyst()).body()) {
            if (!processor.path("name").asString().equals(FragileProjection.NAME)) {
                assertThat(processor.path("deadLetters").asLong()).as(processor.toString()).isZero();
            }
        }

        JsonNode letters = get(FRAGILE + "/dead-letters", analyst()).body();
        assertThat(letters.size()).isEqualTo(3);
        JsonNode first = letters.get(0);
        assertThat(first.path("sequenceId").asString()).isEqualTo(failing.id().toString());
        assertThat(first.path("eventType").asString()).isEqualTo("ConversationStarted");
        assertThat(first.path("sequence").asLong()).isZero();
        assertThat(first.path("causeType").asString()).isEqualTo("org.springframework.dao.DataIntegrityViolationException");
        assertThat(first.path("causeMessage").asString()).contains(FragileProjection.constraint(failing.id().toString()))
                .doesNotContain("\n");
        assertThat(first.path("firstFailedAt").isString()).isTrue();
        assertThat(first.path("lastFailedAt").isString()).isTrue();
        assertThat(letters.get(1).path("eventType").asString()).isEqualTo("MessageSent");
        assertThat(letters.get(1).path("sequence").asLong()).isEqualTo(1);
        assertThat(letters.get(1).path("causeType").isNull()).as("waits behind the first").isTrue();
        assertThat(letters.get(2).path("sequence").asLong()).isEqualTo(2);

        // Later events: the parked conversation's join its sequence, the others are applied.
        failing.deviceSays("three").append();
        before.deviceSays("later").append();
        awaitCaughtUp();
        assertThat(projected(before.id())).containsExactly(0L, 1L, 2L);
        assertThat(get(FRAGILE, analyst()).body().path("deadLetters").asLong()).isEqualTo(4);

        // Retried while the cause remains: still parked, with the failure's new time.
        var stillFailing = post(FRAGILE + "/dead-letters/retry", admin());
        assertThat(stillFailing.status()).isEqualTo(200);
        assertThat(stillFailing.body().path("retried").asInt()).isEqualTo(1);
        assertThat(stillFailing.body().path("succeeded").asInt()).isZero();
        assertThat(stillFailing.body().path("stillParked").asLong()).isEqualTo(4);
        JsonNode retriedFirst = get(FRAGILE + "/dead-letters", analyst()).body().get(0);
        assertThat(retriedFirst.path("causeType").asString()).isEqualTo(first.path("causeType").asString());
        assertThat(Instant.parse(retriedFirst.path("lastFailedAt").asString()))
                .isAfter(Instant.parse(first.path("lastFailedAt").asString()));
        assertThat(projected(failing.id())).isEmpty();

        FragileProjection.allow(jdbc, failing.id().toString());
        var retried = post(FRAGILE + "/dead-letters/" + failing.id() + "/retry", admin());
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("succeeded").asInt()).isEqualTo(1);
        assertThat(retried.body().path("stillParked").asLong()).isZero();
        assertThat(projected(failing.id())).containsExactly(0L, 1L, 2L, 3L);
        assertThat(get(FRAGILE + "/dead-letters", analyst()).body().size()).isZero();

        // Nothing parked any more: the conversation's next event is applied at once.
        failing.deviceSays("four").append();
        awaitCaughtUp();
        assertThat(projected(failing.id())).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void evictingAConversationDropsItsParkedEvents() throws InterruptedException {
        var history = new EventHistory(storage);
        var failing = history.conversation(device()).started(Priority.NORMAL).deviceSays("lost");
        refuse(failing.id());
        failing.append();
        awaitCaughtUp();
        assertThat(get(FRAGILE, analyst()).body().path("deadLetters").asLong()).isEqualTo(2);

        var evicted = delete(FRAGILE + "/dead-letters/" + failing.id(), admin());
        assertThat(evicted.status()).isEqualTo(200);
        assertThat(evicted.body().path("evicted").asInt()).isEqualTo(2);
        assertThat(get(FRAGILE + "/dead-letters", analyst()).body().size()).isZero();

        var again = delete(FRAGILE + "/dead-letters/" + failing.id(), admin());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body().path("code").asString()).isEqualTo("dead-letters-not-found");
        var retryNothing = post(FRAGILE + "/dead-letters/" + failing.id() + "/retry", admin());
        assertThat(retryNothing.status()).isEqualTo(404);
        assertThat(retryNothing.body().path("code").asString()).isEqualTo("dead-letters-not-found");
        var unknown = get("/api/query/processors/no-such-projection/dead-letters", admin());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("code").asString()).isEqualTo("processor-not-found");
    }

    @Test
    void aRebuildClearsTheDeadLettersAndParksOnlyWhatStillFails() throws InterruptedException {
        var history = new EventHistory(storage);
        var failing = history.conversation(device()).started(Priority.NORMAL).deviceSays("again");
        refuse(failing.id());
        failing.append();
        awaitCaughtUp();
        assertThat(get(FRAGILE, analyst()).body().path("deadLetters").asLong()).isEqualTo(2);

        assertThat(post(FRAGILE + "/rebuild", admin()).status()).isEqualTo(202);
        awaitCaughtUp();

        JsonNode letters = get(FRAGILE + "/dead-letters", analyst()).body();
        assertThat(letters.size()).as("parked once, not twice").isEqualTo(2);
        assertThat(letters.get(0).path("sequenceId").asString()).isEqualTo(failing.id().toString());
        assertThat(letters.get(0).path("causeType").asString()).isEqualTo("org.springframework.dao.DataIntegrityViolationException");
    }

    @Test
    void onlyAdminsRetryOrEvictAndAnalystsOrAdminsList() {
        String agent = token(StaffId.random().toString(), "staff", "AGENT");
        String someId = UUID.randomUUID().toString();

        assertThat(get(FRAGILE + "/dead-letters", agent).status()).isEqualTo(403);
        var analystRetry = post(FRAGILE + "/dead-letters/retry", analyst());
        assertThat(analystRetry.status()).isEqualTo(403);
        assertThat(analystRetry.body().path("code").asString()).isEqualTo("forbidden");
        assertThat(post(FRAGILE + "/dead-letters/" + someId + "/retry", analyst()).status()).isEqualTo(403);
        assertThat(delete(FRAGILE + "/dead-letters/" + someId, analyst()).status()).isEqualTo(403);
        assertThat(delete(FRAGILE + "/dead-letters/" + someId, agent).status()).isEqualTo(403);
        assertThat(get(FRAGILE + "/dead-letters", null).status()).isEqualTo(401);
        assertThat(get(FRAGILE + "/dead-letters?limit=0", analyst()).status()).isEqualTo(400);
    }

    private void refuse(ConversationId id) {
        FragileProjection.refuse(jdbc, id.toString());
        refused.add(id.toString());
    }

    private List<Long> projected(ConversationId id) {
        return jdbc.sql("SELECT sequence FROM test_side.fragile_event WHERE conversation_id = :id ORDER BY sequence")
                .param("id", id.toString()).query(Long.class).list();
    }

    private static DeviceId device() {
        return new DeviceId("d-" + UUID.randomUUID());
    }
}
