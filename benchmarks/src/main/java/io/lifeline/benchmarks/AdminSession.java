package io.lifeline.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The admin's access token through a whole run: signed in again once the current token is past half its
 * life. Staff tokens live ten minutes by default, and catching up a million generated conversations, or
 * waiting for a quiet machine after it, takes longer.
 */
final class AdminSession {
    private final LifelineApi api;
    private final String password;
    private String token;
    private Instant renewAt = Instant.MIN;

    AdminSession(LifelineApi api, String password) {
        this.api = api;
        this.password = password;
    }

    synchronized String token() throws IOException, InterruptedException {
        Instant now = Instant.now();
        if (!now.isBefore(renewAt)) {
            LifelineApi.StaffSession session = api.signIn("admin", password);
            token = session.token();
            renewAt = now.plus(Duration.between(now, session.expiresAt()).dividedBy(2));
        }
        return token;
    }
}
