package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of generated bad frames and requests: malformed JSON, wrong types, unknown frame types,
 * invalid ids, control characters, long values. Each gets a clear 4xx or an error frame, never a
 * 5xx, never a stack trace or class name, and the connection stays open.
 */
class BadInputIT {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final List<String> TYPES = List.of("subscribe", "unsubscribe", "subscribe-inbox", "send", "typing",
            "delivered", "read", "ping", "event", "ack", "", "SEND", "shout");
    private static final List<String> FIELDS = List.of("conversationId", "after", "clientId", "content", "typing",
            "upToSequence", "ref", "replyTo", "urgent", "kind", "body");
    static StandaloneForTests lifeline;
    static TestSocket socket;
    static String conversation;
    static String device;

    @BeforeContainer
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
        var owner = lifeline.newDevice();
        device = owner.token();
        conversation = lifeline.startConversation(device, "Fuzzed");
        socket = TestSocket.connect(lifeline.ws(), device);
    }

    @AfterContainer
    static void stop() throws Exception {
        if (socket != null) {
            socket.close();
        }
        if (lifeline != null) { // else the start failed, and that failure is the one to read
            everyProjectionStillRuns();
        }
    }

    /** Whatever got through to the store, the read side must still be whole: every projection caught up and running. */
    private static void everyProjectionStillRuns() throws Exception {
        for (tools.jackson.databind.JsonNode processor : lifeline.awaitProjections()) {
            assertThat(processor.path("state").asString()).as(processor.toString()).isEqualTo("RUNNING");
            assertThat(processor.path("lag").asLong()).as(processor.toString()).isZero();
        }
    }

    @Property(tries = 1000)
    void badFramesGetAnErrorFrameAndTheConnectionStaysOpen(@ForAll("badFrames") String frame) throws Exception {
        String ref = UUID.randomUUID().toString();
        socket.send(frame);
        socket.send(Map.of("type", "ping", "ref", ref));
        // Whatever the bad frame caused comes before the pong; nothing of it may be a fault.
        socket.await(answer -> {
            assertThat(answer.path("type").asString()).isNotIn("close");
            if (answer.path("type").asString().equals("error")) {
                assertThat(answer.path("code").asString()).isNotBlank().isNotEqualTo("internal-error");
                assertThat(answer.toString()).doesNotContain("io.lifeline", "Exception", "tools.jackson", "\tat ");
            }
            return answer.path("type").asString().equals("pong") && answer.path("ref").asString().equals(ref);
        });
    }

    @Property(tries = 1000)
    void badRequestsGetAClear4xxNeverA5xx(@ForAll("badRequests") Request request) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(lifeline.base() + request.path()))
                .header("Content-Type", request.contentType())
                .header("Authorization", "Bearer " + device)
                .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body()));
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.toString()).isLessThan(500);
        assertThat(response.body()).doesNotContain("\tat ", "Exception", "io.lifeline.");
    }

    record Request(String method, String path, String contentType, String body) {}

    @Provide
    Arbitrary<String> badFrames() {
        // A WebSocket text frame is UTF-8 by definition: lone surrogates cannot even be sent.
        return Arbitraries.oneOf(garbage(), jsonWithWrongShapes(), framesWithBadValues()).map(BadInputIT::wellFormed);
    }

    @Provide
    Arbitrary<Request> badRequests() {
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.just(conversation), Arbitraries.just(UUID.randomUUID().toString()),
                Arbitraries.strings().ofMaxLength(40).map(BadInputIT::urlSafe), Arbitraries.just("%00"), Arbitraries.just("..%2F.."));
        Arbitrary<String> paths = Combinators.combine(ids, Arbitraries.of(
                "/api/conversations/%s/messages", "/api/conversations/%s/notes", "/api/conversations/%s/read",
                "/api/conversations/%s/delivered", "/api/conversations/%s/assignee", "/api/conversations/%s/priority",
                "/api/conversations/%s/snooze", "/api/conversations/%s/labels/%s", "/api/conversations",
                "/api/query/conversations/%s", "/api/query/conversations/%s/timeline", "/api/query/conversations/%s/events",
                "/api/query/inbox", "/api/query/search", "/api/sessions/device", "/api/staff/%s")).as((id, pattern) -> {
                    String path = pattern.replace("%s", id);
                    return path;
                });
        Arbitrary<String> queries = Arbitraries.of("", "?after=-5", "?after=abc", "?limit=0", "?limit=999999",
                "?before=1e99", "?mine=maybe", "?q=%27%3B--", "?after=9223372036854775808");
        return Combinators.combine(Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH"), paths, queries,
                Arbitraries.of("application/json", "text/plain", "application/xml", "application/json; charset=latin1"),
                Arbitraries.oneOf(garbage(), jsonWithWrongShapes(), framesWithBadValues()))
                .as((method, path, query, type, body) -> new Request(method, path + query, type, body));
    }

    private Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,\\ \u0000\u001f\u202e\u00e9").ofMaxLength(60),
                Arbitraries.of("", "null", "[]", "{}", "0", "\"text\"", "{\"type\":null}", "{\"type\":", "{{}}"));
    }

    private Arbitrary<String> jsonWithWrongShapes() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "-1", "1.5", "9223372036854775808", "[]", "{}", "[1,2]",
                        "{\"kind\":\"TEXT\"}", "{\"kind\":\"IMAGE\",\"body\":\"x\"}", "{\"kind\":\"NOPE\"}"),
                Arbitraries.strings().all().ofMaxLength(80).map(BadInputIT::jsonString));
        return Combinators.combine(Arbitraries.of(TYPES), Arbitraries.of(FIELDS).list().ofMaxSize(5),
                values.list().ofSize(5)).as((type, fields, chosen) -> {
                    StringBuilder json = new StringBuilder("{\"type\":\"" + type + "\"");
                    for (int i = 0; i < fields.size(); i++) {
                        json.append(",\"").append(fields.get(i)).append("\":").append(chosen.get(i));
                    }
                    return json.append("}").toString();
                });
    }

    private Arbitrary<String> framesWithBadValues() {
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.just(conversation), Arbitraries.just(UUID.randomUUID().toString()),
                Arbitraries.strings().all().ofMaxLength(50));
        Arbitrary<String> texts = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(100),
                Arbitraries.just("x".repeat(5_000)), Arbitraries.just("<script>alert(1)</script>"), Arbitraries.just(" "));
        return Combinators.combine(Arbitraries.of(TYPES), ids, Arbitraries.strings().all().ofMaxLength(70), texts,
                Arbitraries.longs().between(-10, Long.MAX_VALUE)).as((type, id, clientId, text, number) ->
                "{\"type\":\"" + type + "\",\"conversationId\":" + jsonString(id) + ",\"clientId\":" + jsonString(clientId)
                        + ",\"content\":{\"kind\":\"TEXT\",\"body\":" + jsonString(text) + "},\"after\":" + number
                        + ",\"upToSequence\":" + number + "}");
    }

    private static String jsonString(String raw) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String wellFormed(String raw) {
        return new String(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String urlSafe(String raw) {
        return java.net.URLEncoder.encode(raw, java.nio.charset.StandardCharsets.UTF_8);
    }
}
