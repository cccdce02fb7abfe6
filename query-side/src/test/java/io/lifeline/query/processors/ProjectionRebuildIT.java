package io.lifeline.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every projection, rebuilt from the event store, equals the one it replaced, row for row. */
class ProjectionRebuildIT extends QuerySideIntegrationTest {
    /** Each projection's tables; a new projection must be added here, or the first test fails. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "audit-trail", List.of("audit_trail_entry"));

    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyProjectionIsCoveredByThisTest() {
        List<String> names = new ArrayList<>();
        get("/api/query/processors", analyst()).body().forEach(processor -> names.add(processor.path("name").asString()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(TABLES.keySet());
    }

    @Test
    void everyRebuiltProjectionEqualsTheOneItReplaced() throws InterruptedException {
        var history = new EventHistory(storage);
        StaffId agent = StaffId.random();
        for (int n = 0; n < 150; n++) {
            history.conversation(new DeviceId("d-" + java.util.UUID.randomUUID()), agent, 5); // 1,500 events
        }
        awaitCaughtUp();

        for (var projection : TABLES.entrySet()) {
            Map<String, List<Map<String, Object>>> before = dump(projection.getValue());

            var started = post("/api/query/processors/" + projection.getKey() + "/rebuild", analyst());
            assertThat(started.status()).isEqualTo(202);
            List<JsonNode> progress = new ArrayList<>();
            JsonNode status;
            int attempts = 0;
            do {
                Thread.sleep(50);
                status = get("/api/query/processors/" + projection.getKey(), analyst()).body();
                progress.add(status);
            } while ((status.path("replaying").asBoolean() || status.path("lag").asLong() > 0) && ++attempts < 600);

            assertThat(status.path("state").asString()).isEqualTo("RUNNING");
            assertThat(progress).anySatisfy(seen -> assertThat(seen.path("percentDone").isNumber()).isTrue());
            assertThat(progress.get(progress.size() - 1).path("percentDone").asDouble()).isEqualTo(100.0);
            assertThat(dump(projection.getValue())).as(projection.getKey() + " after its rebuild").isEqualTo(before);
        }
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

    private Map<String, List<Map<String, Object>>> dump(List<String> tables) {
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.sql("SELECT * FROM read_model." + table + " ORDER BY 1").query().listOfRows());
        }
        return rows;
    }
}
