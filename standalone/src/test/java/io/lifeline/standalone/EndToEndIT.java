package io.lifeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.options.StandaloneOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distributed path on one machine: commands go through the edge to the command side, land in
 * the event store, and the query side's views (read through the same edge) show them.
 */
class EndToEndIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;
    static RunningLifeline lifeline;
    static String base;
    static String admin;
    static String adminId;

    @BeforeAll
    static void start() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        lifeline = Lifeline.start(new StandaloneOptions(dataDir, false, port, "127.0.0.1", 0, false), Map.of());
        base = "http://localhost:" + port;
        JsonNode signIn = call("POST", "/api/sessions/staff", null, Map.of("username", "admin",
                "password", Files.readString(dataDir.resolve("admin-password")).strip()));
        admin = signIn.path("session").path("token").asString();
        adminId = signIn.path("staffId").asString();
    }

    @AfterAll
    static void stop() {
        if (lifeline != null) {
            lifeline.close();
        }
    }

    @Test
    void aConversationDrivenThroughTheCommandSideShowsUpInTheQuerySideViews() throws Exception {
        JsonNode session = call("POST", "/api/sessions/device", null, Map.of("deviceId", UUID.randomUUID().toString()));
        String device = session.path("token").asString();
        String publicDevice = session.path("device").asString();
        String id = call("POST", "/api/conversations", device, Map.of("channel", "MOBILE", "subject", "Flat tyre",
                "firstMessage", Map.of("clientMessageId", "m-1", "text", "stuck on the A7"))).path("conversationId").asString();
        call("POST", "/api/conversations/" + id + "/messages", device, Map.of("clientMessageId", "m-2", "text", "exit 12"));
        call("PUT", "/api/conversations/" + id + "/assignee", admin, Map.of("staffId", adminId));
        call("POST", "/api/conversations/" + id + "/messages", admin, Map.of("clientMessageId", "a-1", "text", "on my way"));
        call("POST", "/api/conversations/" + id + "/resolve", admin, null);

        JsonNode audit = awaitAudit(id, 6);
        assertThat(audit).extracting(entry -> entry.path("type").asString()).containsExactly("ConversationStarted",
                "MessageSent", "MessageSent", "StaffAssigned", "MessageSent", "ConversationResolved");
        assertThat(audit.get(0).path("actor").asString()).isEqualTo("device:" + publicDevice);
        assertThat(audit.get(3).path("actor").asString()).isEqualTo("staff:" + adminId);
        assertThat(audit.get(3).path("actorRole").asString()).isEqualTo("ADMIN");

        JsonNode asOf = call("GET", "/api/query/conversations/" + id + "/as-of", admin, null);
        assertThat(asOf.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(asOf.path("assignee").asString()).isEqualTo(adminId);
        assertThat(asOf.path("messages").asInt()).isEqualTo(3);

        HttpResponse<String> export = http.send(HttpRequest.newBuilder(URI.create(base + "/api/query/events?conversationId=" + id))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body().lines().filter(line -> !line.isBlank())).hasSize(6);
    }

    @Test
    void everyViewFollowsCommandsIncludingAReopening() throws Exception {
        JsonNode session = call("POST", "/api/sessions/device", null, Map.of("deviceId", UUID.randomUUID().toString()));
        String device = session.path("token").asString();
        String id = call("POST", "/api/conversations", device, Map.of("channel", "WIDGET", "priority", "HIGH",
                "context", Map.of("kind", "EMERGENCY", "referenceId", "site-7"),
                "firstMessage", Map.of("clientMessageId", "m-1", "text", "water leak in the kitchen")))
                .path("conversationId").asString();
        call("PUT", "/api/conversations/" + id + "/assignee", admin, Map.of("staffId", adminId));
        call("POST", "/api/conversations/" + id + "/notes", admin, Map.of("text", "caller sounds calm"));
        call("POST", "/api/conversations/" + id + "/messages", admin, Map.of("clientMessageId", "a-1", "text", "turn off the main valve"));
        call("POST", "/api/conversations/" + id + "/resolve", admin, null);
        // The device writes again: the conversation reopens and a second response cycle begins.
        call("POST", "/api/conversations/" + id + "/messages", device, Map.of("clientMessageId", "m-2", "text", "it is leaking again"));
        long last = call("POST", "/api/conversations/" + id + "/messages", admin,
                Map.of("clientMessageId", "a-2", "text", "a plumber is on the way")).path("sequence").asLong();
        awaitProjections();

        JsonNode mine = call("GET", "/api/query/inbox?mine=true", admin, null).path("items");
        assertThat(mine).anySatisfy(item -> {
            assertThat(item.path("conversationId").asString()).isEqualTo(id);
            assertThat(item.path("status").asString()).isEqualTo("OPEN");
            assertThat(item.path("priority").asString()).isEqualTo("HIGH");
        });

        JsonNode asDevice = call("GET", "/api/query/conversations/" + id + "/timeline", device, null).path("entries");
        JsonNode asStaff = call("GET", "/api/query/conversations/" + id + "/timeline", admin, null).path("entries");
        List<String> deviceKinds = new ArrayList<>();
        asDevice.forEach(entry -> deviceKinds.add(entry.path("kind").asString()));
        List<String> staffKinds = new ArrayList<>();
        asStaff.forEach(entry -> staffKinds.add(entry.path("kind").asString()));
        assertThat(staffKinds).contains("private-note", "assigned", "resolved", "reopened");
        // The device sees the messages and where its conversation stands, never notes or staff's routing.
        assertThat(deviceKinds).contains("message", "resolved", "reopened").doesNotContain("private-note", "assigned");
        assertThat(deviceKinds.stream().filter("message"::equals)).hasSize(4);
        assertThat(asDevice.toString()).doesNotContain("caller sounds calm");

        JsonNode unread = call("GET", "/api/query/unread", device, null);
        assertThat(unread.path("total").asLong()).isEqualTo(2); // both staff messages; the device read nothing yet
        call("POST", "/api/conversations/" + id + "/read", device, Map.of("upToSequence", last));
        call("POST", "/api/conversations/" + id + "/read", device, Map.of("upToSequence", 1)); // older: changes nothing
        awaitProjections();
        assertThat(call("GET", "/api/query/unread", device, null).path("total").asLong()).isZero();

        JsonNode responses = call("GET", "/api/query/stats/drill-down?figure=firstResponse&from="
                + java.time.Instant.now().minusSeconds(3600) + "&to=" + java.time.Instant.now().plusSeconds(60), admin, null)
                .path("items");
        List<JsonNode> ours = new ArrayList<>();
        responses.forEach(item -> { if (item.path("conversationId").asString().equals(id)) ours.add(item); });
        assertThat(ours).as("one first response per cycle: the start and the reopening").hasSize(2);

        assertThat(call("GET", "/api/query/search?q=leak", admin, null).path("hits"))
                .anySatisfy(hit -> assertThat(hit.path("conversationId").asString()).isEqualTo(id));
        assertThat(call("GET", "/api/query/notifications", admin, null).path("notifications"))
                .anySatisfy(note -> {
                    assertThat(note.path("conversationId").asString()).isEqualTo(id);
                    assertThat(note.path("kind").asString()).isEqualTo("NEW_CONVERSATION");
                });
    }

    @Test
    void theQuerySideRefusesDevicesWhereOnlyStaffMayLook() throws Exception {
        String device = call("POST", "/api/sessions/device", null, Map.of("deviceId", UUID.randomUUID().toString()))
                .path("token").asString();
        assertThat(status("GET", "/api/query/audit", device)).isEqualTo(403);
        assertThat(status("GET", "/api/query/processors", device)).isEqualTo(403);
        assertThat(status("GET", "/api/query/processors", admin)).isEqualTo(200);
    }

    /** Waits until every projection has handled every stored event. */
    private static void awaitProjections() throws Exception {
        for (int attempt = 0; attempt < 150; attempt++) {
            boolean caughtUp = true;
            for (JsonNode processor : call("GET", "/api/query/processors", admin, null)) {
                caughtUp &= processor.path("lag").asLong() == 0;
            }
            if (caughtUp) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the projections did not catch up");
    }

    private static JsonNode awaitAudit(String id, int events) throws Exception {
        JsonNode entries = json.nullNode();
        for (int attempt = 0; attempt < 150; attempt++) {
            entries = call("GET", "/api/query/audit?aggregateId=" + id, admin, null).path("entries");
            if (entries.size() >= events) return entries;
            Thread.sleep(100);
        }
        throw new AssertionError("the audit history never showed " + events + " events: " + entries);
    }

    private static int status(String method, String path, String token) throws Exception {
        return send(method, path, token, null).statusCode();
    }

    private static JsonNode call(String method, String path, String token, Object body) throws Exception {
        HttpResponse<String> response = send(method, path, token, body);
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    private static HttpResponse<String> send(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) request.header("Content-Type", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
