package io.lifeline.contracts.stream;

import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import java.time.Instant;
import java.util.Objects;

/**
 * A staff session, or everything a staff member holds, stopped being accepted. Travels on
 * {@link Topics#REVOCATIONS} so that every service refuses the tokens concerned and every bridge
 * closes the connections they opened, within a second.
 *
 * @param staffId   whose tokens
 * @param sessionId the revoked session: every access token naming it ({@code sid}) is refused; null
 *                  when every token of the staff member issued before {@code revokedAt} is refused
 *                  (deactivation, role or password change), whoever issued it
 * @param reason    why, for logs and clients
 * @param revokedAt when; tokens of the whole staff member issued in an earlier second are refused
 * @param expiresAt after this every token concerned has expired anyway, so the revocation may be forgotten
 */
public record Revocation(StaffId staffId, SessionId sessionId, RevocationReason reason, Instant revokedAt,
                         Instant expiresAt) {
    public Revocation {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether this revokes every token of the staff member rather than one session. */
    public boolean wholeStaffMember() {
        return sessionId == null;
    }

    /**
     * Whether a token with these claims is refused by this revocation. Issue times have whole
     * seconds, so a staff-wide revocation refuses tokens issued in an earlier second: a token issued
     * right after it (a new sign-in, the session a password change hands out) stays valid.
     */
    public boolean refuses(String subject, String session, Instant issuedAt) {
        if (sessionId != null) {
            return sessionId.toString().equals(session);
        }
        return staffId.toString().equals(subject)
                && (issuedAt == null || issuedAt.getEpochSecond() < revokedAt.getEpochSecond());
    }
}
