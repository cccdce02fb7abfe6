package io.lifeline.query.timetravel;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.AssignmentReason;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Location;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.time.Instant;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class TimeTravelIT extends QuerySideIntegrationTest {
    private static final Instant T0 = Instant.parse("2034-05-01T08:00:00Z");

    @Autowired
    EventStorageEngine storage;

    @Test
    void showsAConversationAsItWasAtAnyInstant() {
        StaffId agent = StaffId.random();
        ConversationId id = new EventHistory(storage).conversation(new DeviceId("d-" + java.util.UUID.randomUUID()))
                .at(T0).started(Priority.NORMAL).deviceSays("help")
                .at(T0.plusSeconds(60)).assigned(agent, null, AssignmentReason.MANUAL).labelled("vip")
                .at(T0.plusSeconds(120)).staffSays(agent, "here").priorityChanged(Priority.URGENT, Priority.NORMAL)
                .at(T0.plusSeconds(180)).resolvedBy(agent).append();

        JsonNode atStart = asOf(id, T0.plusSeconds(30));
        assertThat(atStart.path("status").asString()).isEqualTo("OPEN");
        assertThat(atStart.path("assignee").isNull()).isTrue();
        assertThat(atStart.path("messages").asInt()).isEqualTo(1);
        assertThat(atStart.path("sequence").asLong()).isEqualTo(1);

        JsonNode assigned = asOf(id, T0.plusSeconds(90));
        assertThat(assigned.path("assignee").asString()).isEqualTo(agent.toString());
        assertThat(assigned.path("labels").get(0).asString()).isEqualTo("vip");
        assertThat(assigned.path("priority").asString()).isEqualTo("NORMAL");

        JsonNode resolved = asOf(id, T0.plusSeconds(600));
        assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.path("priority").asString()).isEqualTo("URGENT");
        assertThat(resolved.path("messages").asInt()).isEqualTo(2);
    }

    @Test
    void showsWhereTheDeviceStartedTheConversationFrom() {
        ConversationId id = new EventHistory(storage).conversation(new DeviceId("d-" + java.util.UUID.randomUUID()))
                .at(T0).startedFrom(new Location(-33.8568, 151.2153, null), Priority.URGENT).deviceSays("help").append();

        JsonNode state = asOf(id, T0.plusSeconds(1));
        assertThat(state.path("latitude").asDouble()).as(state.toString()).isEqualTo(-33.8568);
        assertThat(state.path("longitude").asDouble()).isEqualTo(151.2153);
        assertThat(state.has("accuracyMeters")).isTrue();
        assertThat(state.path("accuracyMeters").isNull()).isTrue();
    }

    @Test
    void beforeItStartedTheConversationDidNotExist() {
        ConversationId id = new EventHistory(storage).conversation(new DeviceId("d-" + java.util.UUID.randomUUID()))
                .at(T0).started(Priority.NORMAL).append();
        var before = get("/api/query/conversations/" + id + "/as-of?at=" + T0.minusSeconds(1), analyst());
        assertThat(before.status()).isEqualTo(404);
        assertThat(get("/api/query/conversations/" + java.util.UUID.randomUUID() + "/as-of", analyst()).status())
                .isEqualTo(404);
    }

    private JsonNode asOf(ConversationId id, Instant at) {
        var response = get("/api/query/conversations/" + id + "/as-of?at=" + at, analyst());
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}
