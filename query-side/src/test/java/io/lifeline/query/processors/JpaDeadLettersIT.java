package io.lifeline.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
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
 * A JPA projection whose insert for one conversation fails only when JPA flushes it (at the batch's
 * commit, after every handler returned) parks that conversation as a JDBC projection does: the
 * other conversations of the same batch are applied, the processor keeps running, and the parked
 * events are retried, still failing or applied, like any other.
 */
class JpaDeadLettersIT extends QuerySideIntegrationTest {
    private static final String FRAGILE = "/api/query/processors/" + FragileJpaProjection.NAME;

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
        refused.forEach(id -> FragileJpaProjection.allow(jdbc, id));
        assertThat(post(FRAGILE + "/dead-letters/retry", admin()).body().path("stillParked").asLong()).isZero();
    }

    @Test
    void aConversationWhoseEntityFailsAtCommitIsParkedWhileTheRestOfItsBatchIsApplied() throws InterruptedException {
        var history = new EventHistory(storage);
        var failing = history.conversation(device()).started(Priority.NORMAL).deviceSays("one").deviceSays("two");
        refuse(failing.id());
        var before = history.conversation(device()).started(Priority.NORMAL).deviceSays("before");
        var after = history.conversation(device()).started(Priority.HIGH).deviceSays("after");

        // Stopped while they are stored, so the processor meets all seven events in one batch.
        StreamingEventProcessor fragile = processing
                .eventProcessor(FragileJpaProjection.NAME, StreamingEventProcessor.class).orElseThrow();
        fragile.shutDown();
        before.append();
        failing.append();
        after.append();
        fragile.start();
        awaitCaughtUp();

        assertThat(projected(before.id())).containsExactly(0L, 1L);
        assertThat(projected(after.id())).containsExactly(0L, 1L);
        assertThat(projected(failing.id())).isEmpty();
        JsonNode status = get(FRAGILE, analyst()).body();
        assertThat(status.path("state").asString()).isEqualTo("RUNNING");
        assertThat(status.path("deadLetters").asLong()).isEqualTo(3);
        assertThat(status.path("deadLetterSequences").asLong()).isEqualTo(1);

        JsonNode first = get(FRAGILE + "/dead-letters", analyst()).body().get(0);
        assertThat(first.path("sequenceId").asString()).isEqualTo(failing.id().toString());
        assertThat(first.path("sequence").asLong()).isZero();
        assertThat(first.path("causeType").asString()).isEqualTo("org.springframework.dao.DataIntegrityViolationException");
        assertThat(first.path("causeMessage").asString()).contains(FragileJpaProjection.constraint(failing.id().toString()));

        // Later events: the parked conversation's join it, the others are applied at once.
        failing.deviceSays("three").append();
        after.deviceSays("later").append();
        awaitCaughtUp();
        assertThat(projected(after.id())).containsExactly(0L, 1L, 2L);
        assertThat(get(FRAGILE, analyst()).body().path("deadLetters").asLong()).isEqualTo(4);

        // Retried while the cause remains: the failure is recorded again, nothing is applied.
        var stillFailing = post(FRAGILE + "/dead-letters/retry", admin());
        assertThat(stillFailing.status()).isEqualTo(200);
        assertThat(stillFailing.body().path("succeeded").asInt()).isZero();
        assertThat(stillFailing.body().path("stillParked").asLong()).isEqualTo(4);
        assertThat(projected(failing.id())).isEmpty();

        FragileJpaProjection.allow(jdbc, failing.id().toString());
        var retried = post(FRAGILE + "/dead-letters/" + failing.id() + "/retry", admin());
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("succeeded").asInt()).isEqualTo(1);
        assertThat(retried.body().path("stillParked").asLong()).isZero();
        assertThat(projected(failing.id())).containsExactly(0L, 1L, 2L, 3L);
    }

    private void refuse(ConversationId id) {
        FragileJpaProjection.refuse(jdbc, id.toString());
        refused.add(id.toString());
    }

    private List<Long> projected(ConversationId id) {
        return jdbc.sql("SELECT sequence FROM test_side.fragile_jpa_note WHERE conversation_id = :id ORDER BY sequence")
                .param("id", id.toString()).query(Long.class).list();
    }

    private static DeviceId device() {
        return new DeviceId("d-" + UUID.randomUUID());
    }
}
