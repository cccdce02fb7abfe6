package io.lifeline.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
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
 * A real projection, the timeline, refusing one conversation's events (a CHECK constraint on its
 * entries, a real PostgreSQL failure that aborts the transaction it happens in) parks that
 * conversation and nothing else: the other conversations of the same batch are applied, the header
 * row the failed event wrote before its entry is undone, the processor keeps running, and the parked
 * events are retried, still failing or applied, like any other.
 */
class TimelineDeadLettersIT extends QuerySideIntegrationTest {
    private static final String TIMELINE = "/api/query/processors/timeline";

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
        refused.forEach(this::allow);
        assertThat(post(TIMELINE + "/dead-letters/retry", admin()).body().path("stillParked").asLong()).isZero();
    }

    @Test
    void aConversationTheTimelineRefusesIsParkedWhileTheRestOfItsBatchIsApplied() throws InterruptedException {
        StaffId agent = StaffId.random();
        var history = new EventHistory(storage);
        var failing = history.conversation(device()).started(Priority.NORMAL).staffJoins(agent).deviceSays("one");
        refuse(failing.id());
        var before = history.conversation(device()).started(Priority.NORMAL).deviceSays("before");
        var after = history.conversation(device()).started(Priority.HIGH).deviceSays("after");

        // Stopped while they are stored, so the processor meets all seven events in one batch.
        StreamingEventProcessor timeline = processing.eventProcessor("timeline", StreamingEventProcessor.class).orElseThrow();
        timeline.shutDown();
        before.append();
        failing.append();
        after.append();
        timeline.start();
        awaitCaughtUp();

        assertThat(entries(before.id())).containsExactly(0L, 1L);
        assertThat(entries(after.id())).containsExactly(0L, 1L);
        assertThat(entries(failing.id())).isEmpty();
        assertThat(headers(failing.id())).as("the header the failed event wrote before its entry was undone").isZero();
        JsonNode status = get(TIMELINE, analyst()).body();
        assertThat(status.path("state").asString()).isEqualTo("RUNNING");
        assertThat(status.path("deadLetters").asLong()).isEqualTo(3);
        assertThat(status.path("deadLetterSequences").asLong()).isEqualTo(1);

        JsonNode first = get(TIMELINE + "/dead-letters", analyst()).body().get(0);
        assertThat(first.path("sequenceId").asString()).isEqualTo(failing.id().toString());
        assertThat(first.path("eventType").asString()).isEqualTo("ConversationStarted");
        assertThat(first.path("sequence").asLong()).isZero();
        assertThat(first.path("causeType").asString()).isEqualTo("org.springframework.dao.DataIntegrityViolationException");
        assertThat(first.path("causeMessage").asString()).contains(constraint(failing.id().toString()));

        // Later events: the parked conversation's join it, the others are applied at once.
        failing.deviceSays("two").append();
        after.deviceSays("later").append();
        awaitCaughtUp();
        assertThat(entries(after.id())).containsExactly(0L, 1L, 2L);
        assertThat(get(TIMELINE, analyst()).body().path("deadLetters").asLong()).isEqualTo(4);

        // Retried while the cause remains: the failure is recorded again, nothing is applied.
        var stillFailing = post(TIMELINE + "/dead-letters/retry", admin());
        assertThat(stillFailing.status()).isEqualTo(200);
        assertThat(stillFailing.body().path("succeeded").asInt()).isZero();
        assertThat(stillFailing.body().path("stillParked").asLong()).isEqualTo(4);
        assertThat(entries(failing.id())).isEmpty();
        assertThat(headers(failing.id())).isZero();

        allow(failing.id().toString());
        var retried = post(TIMELINE + "/dead-letters/" + failing.id() + "/retry", admin());
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("succeeded").asInt()).isEqualTo(1);
        assertThat(retried.body().path("stillParked").asLong()).isZero();
        assertThat(entries(failing.id())).containsExactly(0L, 1L, 2L, 3L);
        JsonNode header = get("/api/query/conversations/" + failing.id(), admin()).body();
        assertThat(header.path("lastSequence").asLong()).isEqualTo(3);
        assertThat(header.path("participants").get(0).asString()).isEqualTo(agent.toString());
    }

    private void refuse(ConversationId id) {
        jdbc.sql("ALTER TABLE read_model.timeline_entry ADD CONSTRAINT " + constraint(id.toString())
                + " CHECK (conversation_id <> '" + id + "')").update();
        refused.add(id.toString());
    }

    private void allow(String conversationId) {
        jdbc.sql("ALTER TABLE read_model.timeline_entry DROP CONSTRAINT IF EXISTS " + constraint(conversationId)).update();
    }

    private static String constraint(String conversationId) {
        return "refuse_timeline_" + conversationId.replace("-", "_");
    }

    private List<Long> entries(ConversationId id) {
        return jdbc.sql("SELECT sequence_number FROM read_model.timeline_entry WHERE conversation_id = :id ORDER BY sequence_number")
                .param("id", id.toString()).query(Long.class).list();
    }

    private long headers(ConversationId id) {
        return jdbc.sql("SELECT count(*) FROM read_model.timeline_conversation WHERE conversation_id = :id")
                .param("id", id.toString()).query(Long.class).single();
    }

    private static DeviceId device() {
        return new DeviceId("d-" + UUID.randomUUID());
    }
}
