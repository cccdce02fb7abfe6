package io.lifeline.bridge.sse;

import io.lifeline.bridge.connection.Transport;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes frames as server-sent events on a shared pool (a servlet response has no asynchronous
 * write here). Event frames carry their sequence as the SSE id, which the browser sends back as
 * {@code Last-Event-ID} when it reconnects.
 */
final class SseTransport implements Transport {
    private final SseEmitter emitter;
    private final ExecutorService writers;
    private final JsonMapper json;

    SseTransport(SseEmitter emitter, ExecutorService writers, JsonMapper json) {
        this.emitter = emitter;
        this.writers = writers;
        this.json = json;
    }

    @Override
    public void send(String frame, Runnable written, Consumer<Throwable> failed) {
        writers.execute(() -> {
            try {
                JsonNode parsed = json.readTree(frame);
                String type = parsed.path("type").asString("message");
                var event = SseEmitter.event().name(type).data(frame, MediaType.APPLICATION_JSON);
                if ("event".equals(type)) {
                    event.id(String.valueOf(parsed.path("event").path("sequence").asLong()));
                }
                emitter.send(event);
                written.run();
            } catch (IOException | RuntimeException gone) {
                failed.accept(gone);
                emitter.completeWithError(gone);
            }
        });
    }

    @Override
    public void close(int code, String reason) {
        writers.execute(() -> {
            try {
                emitter.send(SseEmitter.event().name("close").data(json.writeValueAsString(
                        java.util.Map.of("code", code, "reason", reason)), MediaType.APPLICATION_JSON));
            } catch (IOException | RuntimeException gone) {
                // closing anyway
            }
            emitter.complete();
        });
    }

    @Override
    public void ping() {
        writers.execute(() -> {
            try {
                emitter.send(SseEmitter.event().comment("ping"));
            } catch (IOException | RuntimeException gone) {
                emitter.completeWithError(gone);
            }
        });
    }

    @Override
    public boolean answersPings() {
        return false; // a dead stream shows itself when a write fails
    }
}
