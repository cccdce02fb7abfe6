package io.lifeline.bridge.sse;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.connection.Connections;
import io.lifeline.support.ratelimit.RateLimitFilters;
import io.lifeline.bridge.subscription.Subscriptions;
import io.lifeline.contracts.conversation.ConversationId;
import jakarta.annotation.PreDestroy;
import java.net.InetAddress;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /ws/events?conversationId=...&after=...}: the conversation's events after a sequence,
 * then live, as server-sent events with the same frames as the WebSocket. A reconnecting browser's
 * {@code Last-Event-ID} wins over {@code after}. The query side is asked first whether the caller
 * sees the conversation: a refusal is the query side's problem answer (a 404 for someone else's
 * conversation, exactly like one that does not exist) and no stream opens, so a browser's
 * EventSource stops instead of retrying.
 */
@RestController
class EventStreamController {
    private final Connections connections;
    private final Subscriptions subscriptions;
    private final StreamAccess access;
    private final BridgeProperties properties;
    private final JsonMapper json;
    private final ExecutorService writers = Executors.newFixedThreadPool(8, task -> {
        Thread thread = new Thread(task, "sse-writer");
        thread.setDaemon(true);
        return thread;
    });

    EventStreamController(Connections connections, Subscriptions subscriptions, StreamAccess access,
                          BridgeProperties properties, JsonMapper json) {
        this.connections = connections;
        this.subscriptions = subscriptions;
        this.access = access;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/ws/events")
    ResponseEntity<?> events(@RequestParam UUID conversationId, @RequestParam(defaultValue = "-1") long after,
                             @RequestHeader(value = "Last-Event-ID", required = false) Long lastEventId,
                             @AuthenticationPrincipal Jwt token,
                             @RequestAttribute(name = RateLimitFilters.CLIENT_ADDRESS, required = false) InetAddress client) {
        var caller = Caller.of(token, client);
        var conversation = new ConversationId(conversationId);
        var refusal = access.refusal(caller, conversation);
        if (refusal.isPresent()) {
            return ResponseEntity.status(refusal.get().getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(refusal.get());
        }
        SseEmitter emitter = EventStreamOpening.emitter();
        var connection = new Connection(caller, new SseTransport(emitter, writers, json),
                properties.outboxCapacity());
        emitter.onCompletion(() -> connections.closed(connection));
        emitter.onError(failure -> connections.closed(connection));
        emitter.onTimeout(() -> connections.closed(connection));
        connections.opened(connection);
        subscriptions.subscribe(connection, conversation,
                lastEventId != null ? Math.max(lastEventId, -1) : Math.max(after, -1));
        return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(emitter);
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }
}
