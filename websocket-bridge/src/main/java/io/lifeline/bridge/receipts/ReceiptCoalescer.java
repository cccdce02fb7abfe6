package io.lifeline.bridge.receipts;

import io.lifeline.bridge.commands.CommandForwarder;
import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.bridge.connection.Caller;
import io.lifeline.bridge.connection.Connection;
import io.lifeline.bridge.connection.Connections;
import io.lifeline.bridge.upstream.UpstreamRefusal;
import io.lifeline.bridge.upstream.UpstreamUnavailable;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.DeliveredFrame;
import io.lifeline.contracts.protocol.ErrorFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds a connection's {@code delivered} and {@code read} positions for one window from its first
 * receipt, then sends, per conversation, the highest of each to the command side: at most one
 * {@code delivered} and one {@code read} command, and no {@code delivered} at or below the
 * {@code read} (the command side records reading as receiving). Flushes run on their own threads,
 * never on the one that read the frame; a refusal or an unreachable command side still reaches the
 * client as an {@code error} frame on that connection, whenever the answer comes. A closing connection's receipts are sent at
 * once, and a connection has state here only while it has receipts waiting.
 */
@Component
public class ReceiptCoalescer implements Connections.ConnectionListener {
    private static final Logger log = LoggerFactory.getLogger(ReceiptCoalescer.class);
    /** A flush only hands its commands to the command channel's producer; the answers come back on another thread. */
    private static final int FLUSHERS = 2;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(5);
    private final Map<Connection, Held> held = new ConcurrentHashMap<>();
    private final ReceiptCommands commands;
    private final Duration window;
    private final ScheduledExecutorService flusher;
    private final JsonMapper json;

    @Autowired
    ReceiptCoalescer(CommandForwarder commands, BridgeProperties properties, JsonMapper json) {
        this(ReceiptCommands.of(commands), properties.receiptWindow(), flushers(), json);
    }

    ReceiptCoalescer(ReceiptCommands commands, Duration window, ScheduledExecutorService flusher, JsonMapper json) {
        this.commands = commands;
        this.window = window;
        this.flusher = flusher;
        this.json = json;
    }

    public void delivered(Connection connection, DeliveredFrame frame) {
        hold(connection, frame.conversationId(), frame.upToSequence(), null);
    }

    public void read(Connection connection, ReadFrame frame) {
        hold(connection, frame.conversationId(), null, frame.upToSequence());
    }

    /** Sends what the connection has waiting now: it will not send more. */
    @Override
    public void closed(Connection connection) {
        Held waiting = held.remove(connection);
        if (waiting != null) {
            flushLater(connection, waiting);
        }
    }

    /** Connections are closed (and so flushed) before this runs; anything still waiting is sent now, not at its window's end. */
    @PreDestroy
    void stop() throws InterruptedException {
        held.keySet().forEach(this::closed);
        flusher.shutdown();
        if (!flusher.awaitTermination(DRAIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Receipts still being sent after {}; stopping without them", DRAIN_TIMEOUT);
            flusher.shutdownNow();
        }
    }

    /** How many connections have receipts waiting: none once each has been flushed. */
    int waiting() {
        return held.size();
    }

    private void hold(Connection connection, ConversationId conversation, Long delivered, Long read) {
        Held[] started = new Held[1];
        // Raised inside compute, so a flush that has taken the connection's receipts out sees every raise before it.
        held.compute(connection, (key, waiting) -> {
            Held receipts = waiting != null ? waiting : (started[0] = new Held());
            receipts.raise(conversation, delivered, read);
            return receipts;
        });
        if (started[0] != null) {
            Held receipts = started[0];
            try {
                flusher.schedule(() -> {
                    if (held.remove(connection, receipts)) { // not already sent by a close
                        send(connection, receipts);
                    }
                }, window.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                closed(connection);
            }
        }
    }

    private void flushLater(Connection connection, Held receipts) {
        try {
            flusher.execute(() -> send(connection, receipts));
        } catch (RejectedExecutionException stopping) {
            log.warn("Bridge stopping: receipts of {} for {} conversation(s) not sent", connection,
                    receipts.positions.size());
        }
    }

    private void send(Connection connection, Held receipts) {
        Caller caller = connection.caller();
        receipts.positions.forEach((conversation, at) -> {
            if (at.delivered != null && (at.read == null || at.read < at.delivered)) {
                forward(connection, conversation, () -> commands.delivered(caller, new DeliveredFrame(conversation,
                        at.delivered)));
            }
            if (at.read != null) {
                forward(connection, conversation, () -> commands.read(caller, new ReadFrame(conversation, at.read)));
            }
        });
    }

    private void forward(Connection connection, ConversationId conversation, Supplier<CompletableFuture<Void>> command) {
        CompletableFuture<Void> answer;
        try {
            answer = command.get();
        } catch (RuntimeException unexpected) { // one bad receipt must not cost the others in this flush
            answer = CompletableFuture.failedFuture(unexpected);
        }
        answer.whenComplete((done, failure) -> {
            if (failure != null) {
                refused(connection, conversation, failure instanceof CompletionException wrapped ? wrapped.getCause() : failure);
            }
        });
    }

    private void refused(Connection connection, ConversationId conversation, Throwable failure) {
        if (failure instanceof UpstreamRefusal refusal) {
            reply(connection, new ErrorFrame(refusal.code(), refusal.getMessage(), conversation, null,
                    refusal.retryAfterSeconds()));
            return;
        }
        if (!(failure instanceof UpstreamUnavailable)) {
            log.error("Could not send a receipt of {} for {}", connection, conversation, failure);
        }
        reply(connection, new ErrorFrame("unavailable", "try again: the service is not reachable now", conversation, null));
    }

    private void reply(Connection connection, ErrorFrame frame) {
        connection.send(json.writeValueAsString(frame));
    }

    private static ScheduledExecutorService flushers() {
        AtomicInteger count = new AtomicInteger();
        var executor = new ScheduledThreadPoolExecutor(FLUSHERS, task -> {
            Thread thread = new Thread(task, "receipt-flusher-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // At shutdown a window's end is no longer awaited: stop() has already handed its receipts over as due tasks.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }

    /** One connection's waiting receipts; changed only inside the map's compute, read only once taken out of it. */
    private static final class Held {
        private final Map<ConversationId, Positions> positions = new LinkedHashMap<>();

        void raise(ConversationId conversation, Long delivered, Long read) {
            Positions at = positions.computeIfAbsent(conversation, id -> new Positions());
            at.delivered = max(at.delivered, delivered);
            at.read = max(at.read, read);
        }

        private static Long max(Long held, Long next) {
            if (held == null || next == null) {
                return held == null ? next : held;
            }
            return Math.max(held, next);
        }
    }

    private static final class Positions {
        private Long delivered;
        private Long read;
    }
}
