package io.lifeline.bridge.connection;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who a connection belongs to, read from the token checked at the handshake, and the address it
 * came from. The token itself is kept to act for the caller on the command and query sides, which
 * check it again; the address is forwarded to them, so their limits count the client, not the bridge.
 */
public record Caller(String subject, String kind, List<String> roles, String token, Instant expiresAt,
                     InetAddress address) {
    private static final Set<String> STAFF_ROLES = Set.of("ADMIN", "AGENT", "ANALYST");

    public Caller(String subject, String kind, List<String> roles, String token, Instant expiresAt) {
        this(subject, kind, roles, token, expiresAt, null);
    }

    /** @param address the client's, null when unknown */
    public static Caller of(Jwt jwt, InetAddress address) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return new Caller(jwt.getSubject(), jwt.getClaimAsString("kind"), roles == null ? List.of() : roles,
                jwt.getTokenValue(), jwt.getExpiresAt(), address);
    }

    public boolean isStaff() {
        return "staff".equals(kind) && roles.stream().anyMatch(STAFF_ROLES::contains);
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
