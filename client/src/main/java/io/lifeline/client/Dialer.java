package io.lifeline.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Opens one WebSocket to the bridge, authenticated at the handshake with {@code Authorization: Bearer}.
 * The token is asked for again on every attempt, so a supplier that refreshes tokens is all a
 * long-running client needs.
 */
final class Dialer {
    private final URI uri;
    private final Supplier<String> tokens;
    private final HttpClient http;
    private final Duration connectTimeout;

    Dialer(URI uri, Supplier<String> tokens, HttpClient http, Duration connectTimeout) {
        this.uri = uri;
        this.tokens = tokens;
        this.http = http;
        this.connectTimeout = connectTimeout;
    }

    CompletableFuture<WebSocket> dial(WebSocket.Listener listener) {
        String token;
        try {
            token = Objects.requireNonNull(tokens.get(), "the token supplier returned null");
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(connectTimeout)
                .buildAsync(uri, listener);
    }
}
