package io.lifeline.command.identity;

import java.time.Instant;

/** A signed bearer token and when it stops being accepted. */
public record SessionToken(String token, Instant expiresAt) {
    @Override
    public String toString() { // keeps the token out of logs
        return "SessionToken[expiresAt=" + expiresAt + "]";
    }
}
