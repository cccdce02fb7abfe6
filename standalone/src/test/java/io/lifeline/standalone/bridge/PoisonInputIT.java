package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One visitor's bad characters must never reach the read side: a NUL, a lone surrogate, other
 * control characters and a 100 KB subject are refused at the door with the field named, over REST
 * and over the WebSocket, and every projection keeps running for everyone else.
 */
class PoisonInputIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    static StandaloneForTests lifeline;
    static StandaloneForTests.Device visitor;
    static String conversation;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
        visitor = lifeline.newDevice();
        conversation = lifeline.startConversation(visitor.token(), "Poison attempts");
    }

    @AfterAll
    static void everyProjectionIsStillRunningForEveryoneElse() throws Exception {
        var bystander = lifeline.newDevice();
        String theirs = lifeline.startConversation(bystander.token(), "Someone else in need");
        lifeline.call("POST", "/api/conversations/" + theirs + "/messages", bystander.token(),
                Map.of("clientMessageId", "after-poison", "text", "is anyone there?"));
        JsonNode processors = lifeline.awaitProjections();
        for (JsonNode processor : processors) {
            assertThat(processor.path("state").asString()).as(processor.path("name").asString()).isEqualTo("RUNNING");
        }
        JsonNode timeline = lifeline.call("GET", "/api/query/conversations/" + theirs + "/timeline", bystander.token(), null);
        assertThat(timeline.path("entries").findValuesAsString("text")).contains("is anyone there?");
    }

    @Test
    void aNulInAMessageIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> answer = post("/api/conversations/" + conversation + "/messages",
                "{\"clientMessageId\":\"n-1\",\"text\":\"a\\u0000b\"}");
        assertRefused(answer, "text", "U+0000");
    }

    @Test
    void aLoneSurrogateInAMessageIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> answer = post("/api/conversations/" + conversation + "/messages",
                "{\"clientMessageId\":\"s-1\",\"text\":\"help \\ud800 me\"}");
        assertRefused(answer, "text", "U+D800");
    }

    @Test
    void otherControlCharactersAreRefusedButNewlinesAndTabsKept() throws Exception {
        assertRefused(post("/api/conversations/" + conversation + "/messages",
                "{\"clientMessageId\":\"c-1\",\"text\":\"ring \\u0007 bell\"}"), "text", "U+0007");
        HttpResponse<String> kept = post("/api/conversations/" + conversation + "/messages",
                "{\"clientMessageId\":\"c-2\",\"text\":\"line one\\nline\\ttwo\"}");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    }

    @Test
    void aNulOrA100KilobyteSubjectIsRefusedNamingTheField() throws Exception {
        assertRefused(post("/api/conversations", "{\"channel\":\"MOBILE\",\"startNew\":true,\"subject\":\"fire\\u0000\"}"),
                "subject", "U+0000");
        assertRefused(post("/api/conversations", "{\"channel\":\"MOBILE\",\"startNew\":true,\"subject\":\""
                + "x".repeat(100_000) + "\"}"), "subject", "200");
        assertRefused(post("/api/conversations", "{\"channel\":\"MOBILE\",\"startNew\":true,\"subject\":\"fire\","
                + "\"firstMessage\":{\"clientMessageId\":\"f-1\",\"text\":\"\\u0000\"}}"), "text", "U+0000");
    }

    @Test
    void aNulInAStaffNameIsRefusedNamingTheField() throws Exception {
        var request = HttpRequest.newBuilder(URI.create(lifeline.base() + "/api/staff"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + lifeline.adminToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"poisoned\",\"displayName\":\"Ana\\u0000\","
                        + "\"role\":\"AGENT\",\"password\":\"correct horse battery staple 42\"}"))
                .build();
        assertRefused(http.send(request, HttpResponse.BodyHandlers.ofString()), "displayName", "U+0000");
    }

    @Test
    void aNulInAWebSocketSendIsAnsweredWithAnErrorFrameNamingTheField() throws Exception {
        TestSocket socket = TestSocket.connect(lifeline.ws(), visitor.token());
        try {
            socket.send("{\"type\":\"send\",\"clientId\":\"w-1\",\"conversationId\":\"" + conversation
                    + "\",\"content\":{\"kind\":\"TEXT\",\"body\":\"a\\u0000b\"}}");
            JsonNode error = socket.await("error");
            assertThat(error.path("code").asString()).isEqualTo("invalid-frame");
            assertThat(error.path("message").asString()).startsWith("text:").contains("U+0000");
            socket.send(Map.of("type", "send", "clientId", "w-2", "conversationId", conversation,
                    "content", Map.of("kind", "TEXT", "body", "still here")));
            assertThat(socket.await("ack").path("clientId").asString()).isEqualTo("w-2");
        } finally {
            socket.close();
        }
    }

    private static void assertRefused(HttpResponse<String> answer, String field, String saying) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("code").asString()).isEqualTo("invalid-request");
        assertThat(problem.path("detail").asString()).startsWith(field + ":").contains(saying);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo(field);
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(lifeline.base() + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + visitor.token())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
