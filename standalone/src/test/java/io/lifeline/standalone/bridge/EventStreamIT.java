package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server-sent events fallback, {@code GET /ws/events}, through the edge as a client behind a
 * proxy that blocks WebSocket would use it, with the real command side, query side, Kafka and
 * PostgreSQL.
 */
class EventStreamIT {
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final JsonMapper json = JsonMapper.builder().build();
    static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    @Test
    void theStreamCarriesTheStoredEventsAndThenALiveMessageSentOverRest() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "No signal in the tunnel");

        try (var stream = EventStream.open(events(id, -1), device.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            List<Event> history = stream.until(event -> event.name().equals("subscribed"));
            assertThat(history).extracting(Event::name).containsExactly("event", "event", "subscribed");
            assertThat(history).extracting(Event::id).containsExactly("0", "1", null);
            assertThat(history.get(0).data().path("event").path("type").asString()).isEqualTo("ConversationStarted");
            assertThat(history.get(1).data().path("event").path("type").asString()).isEqualTo("MessageSent");
            assertThat(history.get(2).data().path("through").asLong()).isEqualTo(1);
            assertThat(stream.lines()).as("the wire format").contains("event:event", "id:0", "id:1", "event:subscribed")
                    .anyMatch(line -> line.startsWith("data:{\"type\":\"event\""));

            lifeline.call("POST", "/api/conversations/" + id + "/messages", device.token(),
                    Map.of("clientMessageId", "sse-1", "text", "still there?"));

            List<Event> live = stream.until(event -> "2".equals(event.id()));
            assertThat(live).extracting(Event::id).containsExactly("2");
            JsonNode sent = live.get(0).data().path("event");
            assertThat(sent.path("sequence").asLong()).isEqualTo(2);
            assertThat(sent.path("type").asString()).isEqualTo("MessageSent");
            assertThat(sent.path("payload").path("content").path("body").asString()).isEqualTo("still there?");
        }
    }

    @Test
    void reconnectingWithLastEventIdContinuesAfterItWithNothingTwice() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Dropped call");
        try (var first = EventStream.open(events(id, -1), device.token(), null)) {
            assertThat(first.until(event -> event.name().equals("subscribed"))).extracting(Event::id)
                    .containsExactly("0", "1", null);
        }
        // Missed while disconnected.
        lifeline.call("POST", "/api/conversations/" + id + "/messages", device.token(),
                Map.of("clientMessageId", "gap-1", "text", "are you there?"));

        // A browser's EventSource sends the last id it saw; it wins over the after= of the original URL.
        try (var again = EventStream.open(events(id, -1), device.token(), 1L)) {
            List<Event> resumed = again.until(event -> event.name().equals("subscribed"));
            assertThat(resumed).extracting(Event::id).containsExactly("2", null);
            assertThat(resumed.get(1).data().path("through").asLong()).isEqualTo(2);

            lifeline.call("POST", "/api/conversations/" + id + "/messages", device.token(),
                    Map.of("clientMessageId", "live-1", "text", "hello?"));
            assertThat(again.until(event -> "3".equals(event.id()))).extracting(Event::id).containsExactly("3");
        }
    }

    @Test
    void anotherDevicesConversationIsRefusedBeforeAnyStreamExactlyLikeOneThatDoesNotExist() throws Exception {
        var owner = lifeline.newDevice();
        String id = lifeline.startConversation(owner.token(), "Private");
        var stranger = lifeline.newDevice();
        String missing = java.util.UUID.randomUUID().toString();

        HttpResponse<String> foreign = refused(events(id, -1), stranger.token());
        HttpResponse<String> none = refused(events(missing, -1), stranger.token());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(foreign.body()).path("code").asString()).isEqualTo("not-found");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(foreign.body().replace(id, "<id>")).isEqualTo(none.body().replace(missing, "<id>"));
    }

    @Test
    void withoutATokenTheStreamIsRefusedWith401() throws Exception {
        String id = lifeline.startConversation(lifeline.newDevice().token(), "Anonymous");

        try (var stream = EventStream.open(events(id, -1), null, null)) {
            assertThat(stream.status()).isEqualTo(401);
        }
        try (var stream = EventStream.open(events(id, -1), "not-a-token", null)) {
            assertThat(stream.status()).isEqualTo(401);
        }
    }

    private static HttpResponse<String> refused(URI uri, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI events(String conversationId, long after) {
        return URI.create(lifeline.base() + "/ws/events?conversationId=" + conversationId + "&after=" + after);
    }

    /** One server-sent event: its {@code event:} name, its {@code id:} (null when it has none) and its data. */
    record Event(String name, String id, JsonNode data) {}

    /** An open event stream, its lines read on a thread of their own and parsed into events as they complete. */
    private static final class EventStream implements AutoCloseable {
        private final HttpResponse<Stream<String>> response;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        private EventStream(HttpResponse<Stream<String>> response) {
            this.response = response;
            Thread reader = new Thread(this::read, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static EventStream open(URI uri, String token, Long lastEventId) throws Exception {
            var request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId.toString());
            }
            return new EventStream(http.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        }

        int status() {
            return response.statusCode();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        List<String> lines() {
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        /** Every event up to and including the first that matches; fails after twenty seconds. */
        List<Event> until(Predicate<Event> last) throws InterruptedException {
            List<Event> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (System.nanoTime() < deadline) {
                Event event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event != null) {
                    seen.add(event);
                    if (last.test(event)) {
                        return seen;
                    }
                }
            }
            throw new AssertionError("no matching event within twenty seconds; got " + seen + " from lines " + lines());
        }

        private void read() {
            String name = "message";
            String id = null;
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) response.body()::iterator) {
                    lines.add(line);
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Event(name, id, json.readTree(data.toString())));
                        }
                        name = "message";
                        id = null;
                        data.setLength(0);
                    } else if (!line.startsWith(":")) { // a comment, such as the bridge's pings
                        int colon = line.indexOf(':');
                        String field = colon < 0 ? line : line.substring(0, colon);
                        String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                        switch (field) {
                            case "event" -> name = value;
                            case "id" -> id = value;
                            case "data" -> data.append(data.isEmpty() ? "" : "\n").append(value);
                            default -> { }
                        }
                    }
                }
            } catch (UncheckedIOException | IllegalStateException closed) {
                // the test closed the stream, perhaps before this thread began to read it
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }
}
