package io.lifeline.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import io.lifeline.query.ReadModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Events stored with characters PostgreSQL text cannot hold (a NUL, a lone surrogate), as the
 * command side's serializer writes them, stop no projection: each read model stores U+FFFD in
 * their place, every processor stays RUNNING with nothing parked, later events of every
 * conversation are applied, and a rebuild over that store comes back to the same rows.
 */
class PoisonedEventsIT extends QuerySideIntegrationTest {
    /** Replaced in the stored JSON by the escapes Jackson writes; today's value objects may refuse the characters. */
    private static final String NUL_MARK = "NULMARK";
    private static final String SURROGATE_MARK = "SURROGATEMARK";

    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void poisonedEventsAreProjectedWithReplacementCharactersAndRebuildToTheSameRows() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId agent = StaffId.random();
        ConversationId earlier = history.conversation(device(), agent, 2);
        var poisoned = history.conversation(device()).started(Priority.NORMAL).deviceSays("a" + NUL_MARK + "b")
                .deviceSays("x" + SURROGATE_MARK + "y").staffJoins(agent).staffSays(agent, "fine");
        poisoned.append();
        poison(poisoned.id());
        var later = history.conversation(device()).started(Priority.HIGH).deviceSays("after the poison");
        later.append();
        awaitCaughtUp();

        List<String> processors = new ArrayList<>();
        for (JsonNode processor : get("/api/query/processors", analyst()).body()) {
            processors.add(processor.path("name").asString());
            assertThat(processor.path("state").asString()).as(processor.toString()).isEqualTo("RUNNING");
            assertThat(processor.path("deadLetters").asLong()).as(processor.toString()).isZero();
        }
        assertThat(processors).contains("inbox", "search", "timeline", "audit-trail");
        assertThat(inboxRow(poisoned.id())).containsEntry("subject", "He\uFFFDlp")
                .containsEntry("last_message_preview", "fine");
        assertThat(jdbc.sql("SELECT body FROM read_model.search_message WHERE conversation_id = :id ORDER BY sequence")
                .param("id", poisoned.id().value()).query(String.class).list())
                .containsExactly("a\uFFFDb", "x\uFFFDy", "fine");
        assertThat(jdbc.sql("SELECT subject FROM read_model.timeline_conversation WHERE conversation_id = :id")
                .param("id", poisoned.id().toString()).query(String.class).single()).isEqualTo("He\uFFFDlp");
        assertThat(inboxRow(later.id())).containsEntry("last_message_preview", "after the poison");
        assertThat(inboxRow(earlier)).isNotEmpty();

        // Later events of the poisoned conversation itself are applied too.
        poisoned.deviceSays("still here").append();
        awaitCaughtUp();
        assertThat(inboxRow(poisoned.id())).containsEntry("last_message_preview", "still here");

        Map<String, List<Map<String, Object>>> before = ReadModels.dump(jdbc);
        for (String processor : processors) {
            assertThat(post("/api/query/processors/" + processor + "/rebuild", analyst()).status()).isEqualTo(202);
        }
        awaitCaughtUp();
        for (JsonNode processor : get("/api/query/processors", analyst()).body()) {
            assertThat(processor.path("deadLetters").asLong()).as(processor.toString()).isZero();
        }
        assertThat(ReadModels.dump(jdbc)).isEqualTo(before);
    }

    /**
     * Puts a NUL into the conversation's subject and first message and a lone surrogate into its
     * second, in the stored JSON, written as the JSON escapes Jackson uses for them.
     */
    private void poison(ConversationId id) {
        int changed = jdbc.sql("""
                        UPDATE event_store.domainevententry
                        SET payload = convert_to(replace(replace(replace(convert_from(payload, 'UTF8'),
                                '"subject":"Help"', '"subject":"He\\u0000lp"'),
                                :nul, '\\u0000'), :surrogate, '\\ud800'), 'UTF8')
                        WHERE aggregateidentifier = :id AND sequencenumber IN (0, 1, 2)""")
                .param("nul", NUL_MARK).param("surrogate", SURROGATE_MARK).param("id", id.toString()).update();
        assertThat(changed).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.domainevententry WHERE aggregateidentifier = :id"
                        + " AND position('\\u0000' in convert_from(payload, 'UTF8')) > 0")
                .param("id", id.toString()).query(Long.class).single()).isEqualTo(2);
    }

    private Map<String, Object> inboxRow(ConversationId id) {
        return jdbc.sql("SELECT * FROM read_model.inbox_conversation WHERE conversation_id = :id")
                .param("id", id.value()).query().listOfRows().stream().findFirst().orElse(Map.of());
    }

    private static DeviceId device() {
        return new DeviceId("d-" + UUID.randomUUID());
    }
}
