package io.lifeline.query.processors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * With several query-side instances, the one that owns no segment of a processor reports what the
 * owner has reached (from the shared token store), not a processor that has read nothing.
 */
class ClusterStatusIT extends QuerySideIntegrationTest {
    private static final String PROCESSOR = "unread";
    private static final String ELSEWHERE = "4242@another-query-side";

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anInstanceThatOwnsNoSegmentReportsTheOwnersPositionAndName() throws InterruptedException {
        new EventHistory(storage).conversation(new DeviceId("d-" + UUID.randomUUID()), StaffId.random(), 4);
        awaitCaughtUp();
        StreamingEventProcessor processor = processing.eventProcessor(PROCESSOR, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown(); // releases this instance's claims, as an instance without them would be
        try {
            claimAs(ELSEWHERE);
            JsonNode owned = get("/api/query/processors/" + PROCESSOR, analyst()).body();
            assertThat(owned.path("state").asString()).isEqualTo("RUNNING");
            assertThat(owned.path("lag").asLong()).isZero();
            assertThat(owned.path("position").asLong()).isEqualTo(owned.path("head").asLong()).isPositive();
            assertThat(owned.path("segments").path(0).path("owner").asString()).isEqualTo(ELSEWHERE);
            assertThat(owned.path("segments").path(0).path("ownedHere").asBoolean()).isFalse();

            claimAs(null);
            JsonNode unowned = get("/api/query/processors/" + PROCESSOR, analyst()).body();
            assertThat(unowned.path("state").asString()).isEqualTo("STOPPED");
            assertThat(unowned.path("position").asLong()).as("still where the last owner left it")
                    .isEqualTo(owned.path("position").asLong());
        } finally {
            claimAs(null);
            processor.start();
        }
        JsonNode back = null;
        for (int attempt = 0; attempt < 200; attempt++) { // this instance claims the segment again
            back = get("/api/query/processors/" + PROCESSOR, analyst()).body();
            if (back.path("segments").path(0).path("ownedHere").asBoolean()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(back.path("segments").path(0).path("ownedHere").asBoolean()).as(back.toString()).isTrue();
        assertThat(back.path("state").asString()).isEqualTo("RUNNING");
        awaitCaughtUp();
    }

    private void claimAs(String owner) {
        jdbc.sql("UPDATE read_model.tokenentry SET owner = :owner, timestamp = :now WHERE processorname = :name")
                .param("owner", owner).param("now", Instant.now().toString()).param("name", PROCESSOR).update();
    }
}
