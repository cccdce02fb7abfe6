package io.lifeline.command.session;

import io.lifeline.contracts.actor.SessionId;
import java.time.Instant;

/**
 * What a staff member holds after signing in or refreshing.
 *
 * @param token            the access token, accepted until {@code expiresAt}
 * @param id               the session, named by every access token it issues
 * @param refreshToken     single use: trade it at {@code POST /api/sessions/staff/refresh} for the next pair
 * @param refreshExpiresAt when the refresh token stops working if not used
 */
public record IssuedSession(String token, Instant expiresAt, SessionId id, String refreshToken, Instant refreshExpiresAt) {
    @Override
    public String toString() { // keeps both tokens out of logs
        return "IssuedSession[id=" + id + ", expiresAt=" + expiresAt + "]";
    }
}
