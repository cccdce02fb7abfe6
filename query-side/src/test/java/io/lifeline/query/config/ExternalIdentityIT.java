package io.lifeline.query.config;

import io.lifeline.testsupport.TestIdentityProvider;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.stream.Revocation;
import io.lifeline.contracts.stream.RevocationReason;
import io.lifeline.support.revocation.NotRevokedValidator;
import io.lifeline.support.token.ExternalIdentityProperties;
import io.lifeline.support.revocation.RevokedTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The query side's token decoder with an external provider configured (by its JWK set URI and
 * issuer), fetching the provider's keys over HTTP. Built without an application context on purpose:
 * a second query side in this JVM would run a second set of processors on the shared token store.
 */
class ExternalIdentityIT {
    private static final String SECRET = "a-test-only-secret-of-more-than-thirty-two-bytes";
    private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();
    private final RevokedTokens revoked = new RevokedTokens();
    private final JwtDecoder decoder = new SecurityConfig().jwtDecoder(SECRET, "lifeline",
            new ExternalIdentityProperties(PROVIDER.issuer(), PROVIDER.jwkSetUri(), TestIdentityProvider.AUDIENCE, "groups",
                    "preferred_username", "support=AGENT,insights=ANALYST"),
            new NotRevokedValidator(revoked));

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    private static Map<String, Object> groups(String... groups) {
        return Map.of("groups", List.of(groups), "preferred_username", "dana");
    }

    private static String lifelineToken(String kind, String role) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject("d-" + "x".repeat(32)).issuer("lifeline").claim("kind", kind)
                .claim("roles", List.of(role)).expirationTime(new Date(System.currentTimeMillis() + 60_000)).build();
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    @Test
    void aProviderTokenWithTheRightIssuerAudienceAndRoleIsReadAsALifelineStaffToken() {
        Jwt jwt = decoder.decode(PROVIDER.token("dana-17", groups("visitors", "insights")));

        assertThat(jwt.getSubject()).isEqualTo(StaffId.external(PROVIDER.issuer(), "dana-17").toString());
        assertThat(jwt.getClaimAsString("kind")).isEqualTo("staff");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ANALYST");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("dana");
    }

    @Test
    void wrongAudienceWrongIssuerUnknownKeyExpiryOrNoMappedRoleAreRefused() {
        var claims = groups("insights");
        assertThatThrownBy(() -> decoder.decode(PROVIDER.token(PROVIDER.issuer(), "someone-else", "s", claims)))
                .isInstanceOf(JwtException.class).hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(PROVIDER.token("http://127.0.0.1:1/not-the-provider",
                TestIdentityProvider.AUDIENCE, "s", claims))).isInstanceOf(JwtException.class).hasMessageContaining("iss");
        assertThatThrownBy(() -> decoder.decode(PROVIDER.forgedToken("s", claims))).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(PROVIDER.expiredToken("s", claims))).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(PROVIDER.token("s", groups("visitors")))).isInstanceOf(JwtException.class);
    }

    @Test
    void devicesKeepLifelinesOwnTokensButLifelineStaffTokensAreRefused() throws Exception {
        assertThat(decoder.decode(lifelineToken("device", "DEVICE")).getClaimAsString("kind")).isEqualTo("device");
        assertThatThrownBy(() -> decoder.decode(lifelineToken("staff", "ANALYST"))).isInstanceOf(JwtException.class);
    }

    @Test
    void aProviderTokenOfARevokedStaffMemberIsRefused() {
        String token = PROVIDER.token("erin", groups("support"));
        StaffId erin = StaffId.external(PROVIDER.issuer(), "erin");
        assertThat(decoder.decode(token).getSubject()).isEqualTo(erin.toString());

        revoked.add(new Revocation(erin, null, RevocationReason.DEACTIVATED, Instant.now(), Instant.now().plusSeconds(600)));

        assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }
}
