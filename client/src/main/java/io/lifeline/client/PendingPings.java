package io.lifeline.client;

import io.lifeline.contracts.protocol.PingFrame;
import io.lifeline.contracts.protocol.PongFrame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Pings waiting for their pong, matched by {@code ref}. A ping answers for one connection, so when it
 * ends the waiting pings fail rather than being sent again.
 */
final class PendingPings {
    private final Map<String, CompletableFuture<PongFrame>> pending = new HashMap<>();
    private long next;

    PingFrame ping(CompletableFuture<PongFrame> pong) {
        String ref = "ping-" + ++next;
        pending.put(ref, pong);
        return new PingFrame(ref);
    }

    void answered(PongFrame pong) {
        CompletableFuture<PongFrame> waiting = pong.ref() == null ? null : pending.remove(pong.ref());
        if (waiting != null) {
            waiting.complete(pong);
        }
    }

    void failAll(RuntimeException reason) {
        List<CompletableFuture<PongFrame>> failed = new ArrayList<>(pending.values());
        pending.clear();
        failed.forEach(pong -> pong.completeExceptionally(reason));
    }
}
