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
 * long-running client needs. After the bridge closed a connection with 4401, the token that connection
 * used is not offered again: an attempt with it fails as a refused handshake would, without asking the
 * bridge, so a revoked token can never cause a reconnect loop.
 */
final class Dialer {
    private final URI uri;
    private final Supplier<String> tokens;
    private final HttpClient http;
    private final Duration connectTimeout;
    /** Touched only on the loop: the token of the attempt under way or the open connection. */
    private String lastToken;
    /** Touched only on the loop: a token the bridge closed a connection for (4401), or null. */
    private String refusedToken;

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
        if (token.equals(refusedToken)) {
            return CompletableFuture.failedFuture(new TokenRefusedException());
        }
        lastToken = token;
        return http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(connectTimeout)
                .buildAsync(uri, listener);
    }

    /** The bridge closed the open connection with 4401: its token is not to be offered again. */
    void lastTokenRefused() {
        refusedToken = lastToken;
    }

    /** The user asked to connect: whatever the token, the bridge decides again. */
    void forgetRefusedToken() {
        refusedToken = null;
    }

    /** The supplier still returns the token the bridge closed the connection for. */
    static final class TokenRefusedException extends RuntimeException {
        TokenRefusedException() {
            super("the token supplier still returns the token the bridge refused (4401)");
        }
    }
}
