package io.lifeline.bridge.connection;

import io.lifeline.contracts.channel.VerifiedCaller;
import io.lifeline.contracts.token.TokenClaims;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a connection belongs to, read from the token checked at the handshake, and the address it
 * came from. The token itself is kept to act for the caller on the query side, which checks it
 * again; the command side is told who the caller is ({@link #verified()}); its session and issue time
 * tell whether a revocation concerns it; the address is forwarded to the query side, so its limits
 * count the client, not the bridge.
 *
 * @param sessionId   the staff session the token belongs to ({@code sid}), or null
 * @param issuedAt    when the token was issued, or null
 * @param address     the client's address, or null when unknown
 * @param name        a staff member's username, or null
 * @param provider    the external identity provider that vouches for a staff member, or null
 * @param displayName the display name that provider gave, or null
 */
public record Caller(String subject, String kind, List<String> roles, String token, Instant expiresAt,
                     String sessionId, Instant issuedAt, InetAddress address, String name, String provider,
                     String displayName) {
    private static final Set<String> STAFF_ROLES = Set.of("ADMIN", "AGENT", "ANALYST");

    public Caller(String subject, String kind, List<String> roles, String token, Instant expiresAt, String sessionId,
                  Instant issuedAt) {
        this(subject, kind, roles, token, expiresAt, sessionId, issuedAt, null, null, null, null);
    }

    public Caller(String subject, String kind, List<String> roles, String token, Instant expiresAt) {
        this(subject, kind, roles, token, expiresAt, null, null, null, null, null, null);
    }

    public static Caller of(Jwt jwt) {
        return of(jwt, null);
    }

    public static Caller of(Jwt jwt, InetAddress address) {
        List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(TokenClaims.KIND), roles == null ? List.of() : roles,
                jwt.getTokenValue(), jwt.getExpiresAt(), jwt.getClaimAsString(TokenClaims.SESSION), jwt.getIssuedAt(),
                address, jwt.getClaimAsString(TokenClaims.NAME), jwt.getClaimAsString(TokenClaims.PROVIDER),
                jwt.getClaimAsString(TokenClaims.DISPLAY_NAME));
    }

    /** What the command side needs to know of this caller to let it act (never the token). */
    public VerifiedCaller verified() {
        return new VerifiedCaller(kind, subject, roles, provider, name, displayName);
    }

    public boolean isStaff() {
        return TokenClaims.STAFF.equals(kind) && roles.stream().anyMatch(STAFF_ROLES::contains);
    }

    /** How events and signals name this caller: {@code device:...} or {@code staff:...}. */
    public String actor() {
        return kind + ":" + subject;
    }

    @Override
    public String toString() { // never the token
        return actor();
    }
}
