package io.lifeline.command.session;

import io.lifeline.command.identity.ActiveStaff;
import io.lifeline.command.identity.SecurityProperties;
import io.lifeline.command.identity.SessionToken;
import io.lifeline.command.identity.TokenIssuer;
import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.Username;
import io.lifeline.contracts.stream.RevocationReason;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, refreshes and revokes staff sessions. A refresh token is used once: refreshing marks it
 * used and issues the next of its family; a used one presented again means two parties hold it, so
 * the whole session is revoked. Every revocation is written to the outbox in the same transaction
 * and published once it commits.
 */
@Component
public class StaffSessions {
    private final JdbcClient jdbc;
    private final TokenIssuer tokens;
    private final ActiveStaff activeStaff;
    private final SecurityProperties properties;
    private final RevocationPublisher publisher;

    StaffSessions(JdbcClient jdbc, TokenIssuer tokens, ActiveStaff activeStaff, SecurityProperties properties,
                  RevocationPublisher publisher) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.activeStaff = activeStaff;
        this.properties = properties;
        this.publisher = publisher;
    }

    /** A new session for a staff member who just proved who they are. */
    @Transactional
    public SignedIn open(StaffId staff, Username username, StaffRole role) {
        SessionId session = SessionId.random();
        Instant now = now();
        jdbc.sql("""
                        INSERT INTO event_store.staff_session (session_id, staff_id, username, created_at)
                        VALUES (:session, :staff, :username, :now)""")
                .param("session", session.value()).param("staff", staff.value()).param("username", username.value())
                .param("now", time(now)).update();
        return issue(session, staff, username, role, now);
    }

    /**
     * Trades a refresh token for a new access token and the next refresh token; empty when it is
     * unknown, expired, already used (which revokes its session) or its account may no longer act.
     */
    @Transactional(noRollbackFor = RefreshRefused.class)
    public SignedIn refresh(String refreshToken) {
        Instant now = now();
        var presented = jdbc.sql("""
                        SELECT t.session_id, t.expires_at, t.used_at IS NOT NULL AS used, s.staff_id, s.username,
                               s.revoked_at IS NOT NULL AS revoked
                          FROM event_store.staff_refresh_token t JOIN event_store.staff_session s USING (session_id)
                         WHERE t.token_hash = :hash
                           FOR UPDATE OF t""")
                .param("hash", RefreshTokens.hash(refreshToken))
                .query((rs, n) -> new Presented(new SessionId(rs.getObject("session_id", UUID.class)),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getBoolean("used"),
                        new StaffId(rs.getObject("staff_id", UUID.class)), new Username(rs.getString("username")),
                        rs.getBoolean("revoked")))
                .optional()
                .orElseThrow(RefreshRefused::new);
        if (presented.revoked()) {
            throw new RefreshRefused();
        }
        if (presented.used()) {
            revoke(presented.session(), presented.staff(), RevocationReason.REFRESH_TOKEN_REUSED, now);
            throw new RefreshRefused(); // committed: the session stays revoked
        }
        if (!presented.expiresAt().isAfter(now)) {
            throw new RefreshRefused();
        }
        StaffRole role = activeStaff.roleOf(presented.staff()).orElseThrow(RefreshRefused::new);
        jdbc.sql("UPDATE event_store.staff_refresh_token SET used_at = :now WHERE token_hash = :hash")
                .param("now", time(now)).param("hash", RefreshTokens.hash(refreshToken)).update();
        return issue(presented.session(), presented.staff(), presented.username(), role, now);
    }

    /** Ends the session a refresh token belongs to; unknown tokens change nothing. */
    @Transactional
    public void logOutWith(String refreshToken) {
        jdbc.sql("SELECT session_id FROM event_store.staff_refresh_token WHERE token_hash = :hash")
                .param("hash", RefreshTokens.hash(refreshToken)).query(UUID.class).optional()
                .ifPresent(session -> logOut(new SessionId(session)));
    }

    /** Ends a session: its refresh tokens stop working and its access tokens are refused everywhere. */
    @Transactional
    public void logOut(SessionId session) {
        jdbc.sql("SELECT staff_id FROM event_store.staff_session WHERE session_id = :session")
                .param("session", session.value()).query(UUID.class).optional()
                .ifPresent(staff -> revoke(session, new StaffId(staff), RevocationReason.LOGOUT, now()));
    }

    /**
     * Revokes every open session of a staff member, and every token issued to them before now by
     * anyone (an identity provider included). Joins the caller's transaction.
     */
    @Transactional
    public void revokeEverySession(StaffId staff, RevocationReason reason) {
        Instant now = now();
        List<UUID> revoked = jdbc.sql("""
                        UPDATE event_store.staff_session SET revoked_at = :now, revoked_reason = :reason
                         WHERE staff_id = :staff AND revoked_at IS NULL RETURNING session_id""")
                .param("now", time(now)).param("reason", reason.name()).param("staff", staff.value())
                .query(UUID.class).list();
        revoked.forEach(session -> outbox(staff, session, reason, now));
        outbox(staff, null, reason, now);
        publisher.publishAfterCommit();
    }

    /** Whether a session's access tokens are still accepted (it exists and nobody revoked it). */
    public boolean isOpen(SessionId session) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_store.staff_session WHERE session_id = :session AND revoked_at IS NULL)")
                .param("session", session.value()).query(Boolean.class).single();
    }

    private void revoke(SessionId session, StaffId staff, RevocationReason reason, Instant now) {
        int changed = jdbc.sql("""
                        UPDATE event_store.staff_session SET revoked_at = :now, revoked_reason = :reason
                         WHERE session_id = :session AND revoked_at IS NULL""")
                .param("now", time(now)).param("reason", reason.name()).param("session", session.value()).update();
        if (changed > 0) {
            outbox(staff, session.value(), reason, now);
            publisher.publishAfterCommit();
        }
    }

    private void outbox(StaffId staff, UUID session, RevocationReason reason, Instant now) {
        jdbc.sql("""
                        INSERT INTO event_store.revocation_outbox (staff_id, session_id, reason, revoked_at, expires_at)
                        VALUES (:staff, :session, :reason, :now, :expires)""")
                .param("staff", staff.value()).param("session", session).param("reason", reason.name())
                .param("now", time(now)).param("expires", time(now.plus(properties.staffTokenTtl())))
                .update();
    }

    private SignedIn issue(SessionId session, StaffId staff, Username username, StaffRole role, Instant now) {
        String refreshToken = RefreshTokens.generate();
        Instant refreshExpiresAt = now.plus(properties.staffRefreshTtl());
        jdbc.sql("""
                        INSERT INTO event_store.staff_refresh_token (token_hash, session_id, issued_at, expires_at)
                        VALUES (:hash, :session, :now, :expires)""")
                .param("hash", RefreshTokens.hash(refreshToken)).param("session", session.value())
                .param("now", time(now)).param("expires", time(refreshExpiresAt)).update();
        SessionToken access = tokens.forStaff(staff, username, role, session);
        return new SignedIn(new IssuedSession(access.token(), access.expiresAt(), session, refreshToken, refreshExpiresAt),
                staff.toString(), role.name());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private record Presented(SessionId session, Instant expiresAt, boolean used, StaffId staff, Username username,
                             boolean revoked) {}
}
