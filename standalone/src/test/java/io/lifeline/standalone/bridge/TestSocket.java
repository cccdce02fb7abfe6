package io.lifeline.standalone.bridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A bare WebSocket client that records every frame, for tests that look at the wire itself. */
final class TestSocket implements AutoCloseable {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final List<JsonNode> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;

    private TestSocket(URI uri, String token, List<String> protocols, String origin) {
        this(uri, token, protocols, origin, null);
    }

    private TestSocket(URI uri, String token, List<String> protocols, String origin, String forwardedFor) {
        var builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (!protocols.isEmpty()) {
            builder.subprotocols(protocols.get(0), protocols.subList(1, protocols.size()).toArray(String[]::new));
        }
        this.socket = builder.buildAsync(uri, new Recorder()).join();
    }

    static TestSocket connect(URI uri, String token) {
        return new TestSocket(uri, token, List.of(), null);
    }

    /** A client that reaches a bridge directly from loopback (a trusted proxy) as if from {@code forwardedFor}. */
    static TestSocket connectFrom(URI uri, String token, String forwardedFor) {
        return new TestSocket(uri, token, List.of(), null, forwardedFor);
    }

    static TestSocket withProtocols(URI uri, List<String> protocols, String origin) {
        return new TestSocket(uri, null, protocols, origin);
    }

    String protocol() {
        return socket.getSubprotocol();
    }

    void send(Object frame) {
        socket.sendText(frame instanceof String text ? text : json.writeValueAsString(frame), true).join();
    }

    /** One text message as several frames (a first frame and continuations), one per part. */
    void sendInParts(String... parts) {
        for (int i = 0; i < parts.length; i++) {
            socket.sendText(parts[i], i == parts.length - 1).join();
        }
    }

    void sendBinary(byte[] data) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(data), true).join();
    }

    /** The next frame that matches, skipping others; fails after ten seconds. */
    JsonNode await(Predicate<JsonNode> wanted) throws InterruptedException {
        return await(wanted, Duration.ofSeconds(10));
    }

    /** The next frame that matches, skipping others; fails after the timeout. */
    JsonNode await(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> skipped = new java.util.ArrayList<>();
        while (System.nanoTime() < deadline) {
            JsonNode frame = frames.poll(100, TimeUnit.MILLISECONDS);
            if (frame != null && wanted.test(frame)) {
                return frame;
            }
            if (frame != null && skipped.size() < 20) {
                skipped.add(frame.toString().substring(0, Math.min(200, frame.toString().length())));
            }
        }
        throw new AssertionError("no matching frame within " + timeout + "; skipped " + skipped);
    }

    JsonNode await(String type) throws InterruptedException {
        return await(frame -> frame.path("type").asString().equals(type));
    }

    /** Every frame received so far, and then nothing more for a moment. */
    List<JsonNode> drainQuietly(Duration quiet) throws InterruptedException {
        List<JsonNode> all = new java.util.ArrayList<>();
        JsonNode frame;
        while ((frame = frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            all.add(frame);
        }
        return all;
    }

    /** The sequences of every event frame received so far, awaited or not, after a quiet moment. */
    List<Long> eventSequences() throws InterruptedException {
        drainQuietly(Duration.ofSeconds(1));
        return received.stream().filter(frame -> frame.path("type").asString().equals("event"))
                .map(frame -> frame.path("event").path("sequence").asLong()).toList();
    }

    int awaitClose() {
        return awaitClose(Duration.ofSeconds(30));
    }

    /** The close code, once the connection closed; fails when it is still open after the timeout. */
    int awaitClose(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stillOpen) {
            throw new AssertionError("the connection was still open after " + timeout);
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Recorder implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode frame = json.readTree(partial.toString());
                received.add(frame);
                frames.add(frame);
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(1006);
        }
    }
}
