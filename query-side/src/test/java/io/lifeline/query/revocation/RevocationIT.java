package io.lifeline.query.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.query.QuerySideIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revocations published on Kafka reach the query side within a second, and it refuses the tokens concerned. */
class RevocationIT extends QuerySideIntegrationTest {

    private static String staffToken(StaffId staff, SessionId session, Instant issuedAt) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject(staff.toString()).issuer("lifeline").claim("kind", "staff")
                .claim("roles", List.of("ANALYST")).claim("sid", session.toString()).issueTime(Date.from(issuedAt))
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    /** Milliseconds until the token is refused; fails after a second. */
    private long millisUntilRefused(String token) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
            if (get("/api/query/processors", token).status() == 401) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the revoked token was still accepted after a second");
    }

    @Test
    void aRevokedSessionsTokensAreRefusedWithinASecondAndOtherSessionsGoOn() throws Exception {
        StaffId staff = StaffId.random();
        SessionId revoked = SessionId.random();
        String token = staffToken(staff, revoked, Instant.now());
        String otherSession = staffToken(staff, SessionId.random(), Instant.now());
        assertThat(get("/api/query/processors", token).status()).isEqualTo(200);

        try (var revocations = new TestRevocationProducer()) {
            revocations.publish(TestRevocationProducer.ofSession(staff, revoked));
        }

        assertThat(millisUntilRefused(token)).isLessThan(1000);
        var refused = get("/api/query/processors", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().path("code").asString()).isEqualTo("unauthorized");
        assertThat(refused.body().isArray()).as("nothing of the processors").isFalse();
        assertThat(get("/api/query/processors", otherSession).status()).isEqualTo(200);
    }

    @Test
    void revokingAStaffMemberRefusesTheirEarlierTokensButNotLaterOnes() throws Exception {
        StaffId staff = StaffId.random();
        Instant revokedAt = Instant.now();
        String earlier = staffToken(staff, SessionId.random(), revokedAt.minusSeconds(5));
        String later = staffToken(staff, SessionId.random(), revokedAt.plusSeconds(1));
        String someoneElse = staffToken(StaffId.random(), SessionId.random(), revokedAt.minusSeconds(5));

        try (var revocations = new TestRevocationProducer()) {
            revocations.publish(TestRevocationProducer.ofStaffMember(staff, revokedAt));
        }

        millisUntilRefused(earlier);
        assertThat(get("/api/query/processors", later).status()).isEqualTo(200);
        assertThat(get("/api/query/processors", someoneElse).status()).isEqualTo(200);
    }
}
