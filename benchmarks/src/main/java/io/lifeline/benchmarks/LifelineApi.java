package io.lifeline.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST calls the benchmarks make to set up and to observe: sessions, conversations, processors, inbox. */
final class LifelineApi {
    private final URI base;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    LifelineApi(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    URI webSocketUri() {
        return URI.create(("https".equals(base.getScheme()) ? "wss" : "ws") + "://" + base.getAuthority() + "/ws");
    }

    /** A device session for a new random device: its token. */
    String deviceToken() throws IOException, InterruptedException {
        String deviceId = UUID.randomUUID().toString().replace("-", "");
        return post("/api/sessions/device", null, "{\"deviceId\":\"" + deviceId + "\"}").get("token").asString();
    }

    record StaffSession(String token, Instant expiresAt, String staffId) {}

    StaffSession signIn(String username, String password) throws IOException, InterruptedException {
        JsonNode answer = post("/api/sessions/staff", null,
                json.writeValueAsString(java.util.Map.of("username", username, "password", password)));
        JsonNode session = answer.get("session");
        return new StaffSession(session.get("token").asString(), Instant.parse(session.get("expiresAt").asString()),
                answer.get("staffId").asString());
    }

    /** Starts a new conversation for the token's device with a first message: its id. */
    String startConversation(String deviceToken) throws IOException, InterruptedException {
        return post("/api/conversations", deviceToken, """
                {"channel":"MOBILE","subject":"benchmark","context":{"kind":"GENERAL"},"priority":"NORMAL",
                 "firstMessage":{"clientMessageId":"%s","text":"hello"},"startNew":true}"""
                .formatted(UUID.randomUUID())).get("conversationId").asString();
    }

    /** The staff member of the token takes part in the conversation (needed to send receipts there). */
    void join(String staffToken, String conversationId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/conversations/" + conversationId
                + "/participants/me")).timeout(Duration.ofSeconds(60)).PUT(HttpRequest.BodyPublishers.noBody());
        send(request, staffToken);
    }

    /** The message's acceptance: its id and sequence. */
    JsonNode sendMessage(String token, String conversationId, String text) throws IOException, InterruptedException {
        return post("/api/conversations/" + conversationId + "/messages", token,
                "{\"clientMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}");
    }

    JsonNode processors(String token) throws IOException, InterruptedException {
        return get("/api/query/processors", token);
    }

    void rebuild(String token, String processor) throws IOException, InterruptedException {
        post("/api/query/processors/" + processor + "/rebuild", token, "");
    }

    JsonNode inbox(String token, int limit) throws IOException, InterruptedException {
        return get("/api/query/inbox?limit=" + limit, token);
    }

    JsonNode get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        return send(request, token);
    }

    private JsonNode post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, token);
    }

    private JsonNode send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(request.build().method() + " " + request.build().uri().getPath() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    }
}
