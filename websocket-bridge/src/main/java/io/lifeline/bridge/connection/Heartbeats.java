package io.lifeline.bridge.connection;

import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.contracts.protocol.CloseCodes;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds dead and stuck connections: one silent for longer than the idle timeout (no frame, no
 * pong) is closed; one whose write has hung for longer than the send timeout is told to resume;
 * one whose token expired is closed so it signs in again. Live idle ones are pinged.
 */
@Component
class Heartbeats {
    private final Connections connections;
    private final BridgeProperties properties;

    Heartbeats(Connections connections, BridgeProperties properties) {
        this.connections = connections;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${lifeline.bridge.heartbeat-interval:PT15S}")
    void beat() {
        Instant now = Instant.now();
        connections.forEach(connection -> {
            if (connection.caller().expiresAt() != null && connection.caller().expiresAt().isBefore(now)) {
                connection.close(CloseCodes.UNAUTHORIZED, "token expired");
            } else if (connection.transport().answersPings() && connection.silentForNanos() > properties.idleTimeout().toNanos()) {
                connection.close(1001, "no heartbeat");
            } else if (connection.outbox().writingForNanos() > properties.sendTimeout().toNanos()) {
                connection.close(CloseCodes.RESUME, "writes stalled: reconnect and resume");
            } else if (connection.outbox().idle()) {
                connection.transport().ping();
            }
        });
    }
}
