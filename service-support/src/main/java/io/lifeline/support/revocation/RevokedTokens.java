package io.lifeline.support.revocation;

import io.lifeline.contracts.stream.Revocation;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The revocations in force: by session, and by staff member for those that revoke everything a
 * staff member holds (the latest one per staff member, which covers every earlier one). A
 * revocation is forgotten once every token it concerns has expired.
 */
@Component
public class RevokedTokens {
    private final Map<String, Revocation> sessions = new ConcurrentHashMap<>();
    private final Map<String, Revocation> staffMembers = new ConcurrentHashMap<>();

    public void add(Revocation revocation) {
        Instant now = Instant.now();
        if (!revocation.expiresAt().isAfter(now)) {
            return;
        }
        if (revocation.wholeStaffMember()) {
            staffMembers.merge(revocation.staffId().toString(), revocation,
                    (held, added) -> added.revokedAt().isAfter(held.revokedAt()) ? added : held);
        } else {
            sessions.put(revocation.sessionId().toString(), revocation);
        }
        sessions.values().removeIf(held -> !held.expiresAt().isAfter(now));
        staffMembers.values().removeIf(held -> !held.expiresAt().isAfter(now));
    }

    /** Whether a token of this subject, session ({@code sid}, may be null) and issue time is revoked. */
    public boolean refuses(String subject, String session, Instant issuedAt) {
        Instant now = Instant.now();
        Revocation bySession = session == null ? null : sessions.get(session);
        if (bySession != null && bySession.expiresAt().isAfter(now) && bySession.refuses(subject, session, issuedAt)) {
            return true;
        }
        Revocation byStaff = subject == null ? null : staffMembers.get(subject);
        return byStaff != null && byStaff.expiresAt().isAfter(now) && byStaff.refuses(subject, session, issuedAt);
    }
}
