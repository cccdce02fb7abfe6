package io.lifeline.contracts.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevocationTest {
    private static final StaffId ANA = StaffId.random();
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30.600Z");

    @Test
    void aSessionRevocationRefusesTheTokensOfThatSessionOnly() {
        SessionId session = SessionId.random();
        var revocation = new Revocation(ANA, session, RevocationReason.LOGOUT, AT, AT.plusSeconds(600));
        assertThat(revocation.refuses(ANA.toString(), session.toString(), AT.plusSeconds(60))).isTrue();
        assertThat(revocation.refuses(ANA.toString(), SessionId.random().toString(), AT.minusSeconds(60))).isFalse();
        assertThat(revocation.refuses(ANA.toString(), null, AT.minusSeconds(60))).isFalse();
    }

    @Test
    void aStaffRevocationRefusesTokensIssuedInAnEarlierSecond() {
        var revocation = new Revocation(ANA, null, RevocationReason.DEACTIVATED, AT, AT.plusSeconds(600));
        assertThat(revocation.refuses(ANA.toString(), "any", Instant.parse("2026-11-23T10:15:29Z"))).isTrue();
        assertThat(revocation.refuses(ANA.toString(), null, null)).isTrue();
        // Issue times have whole seconds: a token of the same second may have been issued just after.
        assertThat(revocation.refuses(ANA.toString(), "any", Instant.parse("2026-11-23T10:15:30Z"))).isFalse();
        assertThat(revocation.refuses(StaffId.random().toString(), "any", Instant.parse("2026-11-23T10:15:29Z"))).isFalse();
    }
}
