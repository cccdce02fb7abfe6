package io.lifeline.bridge.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bridge's settings ({@code lifeline.bridge.*}), each listed in the README's configuration table.
 *
 * @param commandTimeout    how long a forwarded command waits for the command side's answer before the
 *                          client is told to try again (at most the command side's expiry of forwarded frames)
 * @param queryUrl          where the query side answers (the gap after a reconnect)
 * @param allowedOrigins    browser origins that may open a WebSocket; empty allows only the bridge's own
 * @param outboxCapacity    frames queued per connection before a slow client is told to resume
 * @param sendTimeout       how long one write may hang before the client is told to resume
 * @param idleTimeout       how long a connection may stay silent (no frame, no pong) before it is closed
 * @param backfillPageSize  events fetched per request while filling a gap
 * @param presenceTtl       how long a staff member counts as online without a renewal
 * @param maxFrameBytes     the largest client frame accepted
 * @param receiptWindow     how long a connection's receipts are held, so those of one conversation go to the
 *                          command side as one delivered and one read command (the highest position wins)
 */
@ConfigurationProperties("lifeline.bridge")
public record BridgeProperties(Duration commandTimeout, URI queryUrl, List<String> allowedOrigins, int outboxCapacity,
                               Duration sendTimeout, Duration idleTimeout, int backfillPageSize,
                               Duration presenceTtl, int maxFrameBytes, Duration receiptWindow) {
    public BridgeProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
