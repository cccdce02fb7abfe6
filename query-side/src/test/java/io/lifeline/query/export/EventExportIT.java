package io.lifeline.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.EventHistory;
import io.lifeline.query.QuerySideIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventExportIT extends QuerySideIntegrationTest {
    private static final Instant T0 = Instant.parse("2033-03-01T10:00:00Z");

    @Autowired
    EventStorageEngine storage;

    private List<JsonNode> export(String query) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/query/events?" + query))
                .header("Authorization", "Bearer " + analyst()).build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        JsonMapper json = JsonMapper.builder().build();
        return response.body().filter(line -> !line.isBlank()).map(json::readTree).toList();
    }

    @Test
    void exportsAConversationsEventsInOrderWithActorsAndPayloads() throws Exception {
        StaffId agent = StaffId.random();
        DeviceId device = new DeviceId("d-" + java.util.UUID.randomUUID());
        ConversationId id = new EventHistory(storage).conversation(device).at(T0).started(Priority.HIGH)
                .deviceSays("hello").at(T0.plusSeconds(60)).staffJoins(agent).staffSays(agent, "hi")
                .at(T0.plusSeconds(120)).resolvedBy(agent).append();

        List<JsonNode> lines = export("conversationId=" + id);
        assertThat(lines).extracting(line -> line.path("type").asString()).containsExactly(
                "ConversationStarted", "MessageSent", "StaffJoined", "MessageSent", "ConversationResolved");
        assertThat(lines).extracting(line -> line.path("sequence").asLong()).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(lines.get(1).path("payload").path("content").path("body").asString()).isEqualTo("hello");
        assertThat(lines.get(1).path("metadata").path("actor").asString()).isEqualTo("device:" + device);
        assertThat(lines.get(0).path("revision").asString()).isEqualTo("1");
        assertThat(lines.get(0).path("timestamp").asString()).startsWith("2033-03-01T10:00");
    }

    @Test
    void filtersByTimeRangeAndType() throws Exception {
        StaffId agent = StaffId.random();
        ConversationId id = new EventHistory(storage).conversation(new DeviceId("d-" + java.util.UUID.randomUUID()))
                .at(T0).started(Priority.NORMAL).deviceSays("one").at(T0.plusSeconds(3600)).deviceSays("two")
                .staffJoins(agent).at(T0.plusSeconds(7200)).staffSays(agent, "three").append();

        assertThat(export("conversationId=" + id + "&type=MessageSent")).hasSize(3);
        List<JsonNode> secondHour = export("conversationId=" + id + "&from=" + T0.plusSeconds(3600) + "&to=" + T0.plusSeconds(7200));
        assertThat(secondHour).extracting(line -> line.path("type").asString()).containsExactly("MessageSent", "StaffJoined");
    }

    @Test
    void onlyAnalystsAndAdminsExport() {
        assertThat(get("/api/query/events", token(StaffId.random().toString(), "staff", "AGENT")).status()).isEqualTo(403);
        assertThat(get("/api/query/events", token("d-0123456789abcdef01", "device", "DEVICE")).status()).isEqualTo(403);
    }
}
