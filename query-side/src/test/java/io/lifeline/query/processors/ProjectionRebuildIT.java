package io.lifeline.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.Location;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import io.lifeline.query.ReadModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every projection, rebuilt from the event store, leaves every read model exactly as it was, row
 * for row. Covers each processor and each read_model table without a list to keep up to date.
 */
class ProjectionRebuildIT extends QuerySideIntegrationTest {

    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRebuiltProjectionEqualsTheOneItReplaced() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId agent = StaffId.random();
        for (int n = 0; n < 150; n++) {
            history.conversation(new DeviceId("d-" + java.util.UUID.randomUUID()), agent, 6); // 1,500 events
        }
        var varied = history.conversation(new DeviceId("d-" + java.util.UUID.randomUUID()))
                .startedFrom(new Location(51.5007, -0.1246, 8.0), Priority.URGENT)
                .deviceSays("help", true).systemSays("auto-reply", "we are on it").assigned(agent, null, AssignmentReason.AUTO)
                .staffSays(agent, "here").deviceRead(3).privateNote(agent, "note").labelled("vip").resolvedBy(agent)
                .ratedByDevice(4, "quick and kind", agent).deviceSays("again").reopenedByDevice();
        varied.append();
        // Ends with what a rebuild folds into the held conversation rows (a visitor's messages): their final state shows.
        history.conversation(new DeviceId("d-" + java.util.UUID.randomUUID())).started(Priority.NORMAL)
                .deviceSays("first").deviceSays("second").append();
        awaitCaughtUp();

        List<String> processors = new ArrayList<>();
        get("/api/query/processors", analyst()).body().forEach(processor -> processors.add(processor.path("name").asString()));
        assertThat(processors).contains("audit-trail");
        for (String processor : processors) {
            Map<String, List<Map<String, Object>>> before = ReadModels.dump(jdbc);

            var started = post("/api/query/processors/" + processor + "/rebuild", analyst());
            assertThat(started.status()).isEqualTo(202);
            List<JsonNode> progress = new ArrayList<>();
            JsonNode status;
            int attempts = 0;
            do {
                Thread.sleep(50);
                status = get("/api/query/processors/" + processor, analyst()).body();
                progress.add(status);
            } while ((status.path("replaying").asBoolean() || status.path("lag").asLong() > 0) && ++attempts < 600);

            assertThat(status.path("state").asString()).isEqualTo("RUNNING");
            assertThat(progress).anySatisfy(seen -> assertThat(seen.path("percentDone").isNumber()).isTrue());
            assertThat(progress.get(progress.size() - 1).path("percentDone").asDouble()).isEqualTo(100.0);
            assertThat(ReadModels.dump(jdbc)).as("every read model after rebuilding " + processor).isEqualTo(before);
        }
    }

    /**
     * Each projection's rebuild empties its own tables through its reset handler; this proves they
     * also build from nothing: every read model wiped, every processor rebuilt, every row back.
     */
    @Test
    void everyReadModelBuiltFromNothingEqualsTheOriginal() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId agent = StaffId.random();
        for (int n = 0; n < 40; n++) {
            history.conversation(new DeviceId("d-" + java.util.UUID.randomUUID()), agent, 3);
        }
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> before = ReadModels.dump(jdbc);

        List<String> processors = new ArrayList<>();
        get("/api/query/processors", analyst()).body().forEach(processor -> processors.add(processor.path("name").asString()));
        // Wiped while every processor is idle at the head, so nothing of the old rows can carry over.
        for (String table : before.keySet()) {
            if (!table.equals("notification_read") && !table.equals("conversation_read_log")) { // the query side's own state, kept on purpose
                jdbc.sql("DELETE FROM read_model." + table).update();
            }
        }
        for (String processor : processors) {
            assertThat(post("/api/query/processors/" + processor + "/rebuild", analyst()).status()).isEqualTo(202);
        }
        awaitCaughtUp();
        assertThat(ReadModels.dump(jdbc)).isEqualTo(before);
    }

    @Test
    void aRebuildAnswersThatItHasStartedReplaying() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId agent = StaffId.random();
        for (int n = 0; n < 100; n++) {
            history.conversation(new DeviceId("d-" + java.util.UUID.randomUUID()), agent, 1); // 500 events
        }
        awaitCaughtUp();

        var started = post("/api/query/processors/audit-trail/rebuild", analyst());
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body().path("state").asString()).as(started.body().toString()).isEqualTo("REPLAYING");
        assertThat(started.body().path("replaying").asBoolean()).isTrue();
        assertThat(started.body().path("lag").asLong()).isPositive();
        assertThat(started.body().path("percentDone").asDouble()).isLessThan(100.0);
        awaitCaughtUp();
    }

    @Test
    void anUnknownProjectionIsA404() {
        var response = post("/api/query/processors/no-such-projection/rebuild", analyst());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().path("code").asString()).isEqualTo("processor-not-found");
    }

    @Test
    void agentsCannotRebuild() {
        assertThat(post("/api/query/processors/audit-trail/rebuild", token(StaffId.random().toString(), "staff", "AGENT"))
                .status()).isEqualTo(403);
    }
}
