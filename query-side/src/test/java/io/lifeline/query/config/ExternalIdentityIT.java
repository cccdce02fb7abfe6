package io.lifeline.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.query.QuerySideIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** With an external provider configured (by its JWK set URI and issuer), the query side accepts its staff tokens. */
@TestPropertySource(properties = {
        "lifeline.security.oidc.audience=" + TestIdentityProvider.AUDIENCE,
        "lifeline.security.oidc.role-claim=groups",
        "lifeline.security.oidc.role-mapping=support=AGENT,insights=ANALYST"})
// A second query side in this JVM on the same token store: closed after the class, so its processors
// hand their claims back to the shared context's.
@org.springframework.test.annotation.DirtiesContext
class ExternalIdentityIT extends QuerySideIntegrationTest {
    private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("lifeline.security.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("lifeline.security.oidc.jwk-set-uri", PROVIDER::jwkSetUri);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    private static Map<String, Object> groups(String... groups) {
        return Map.of("groups", List.of(groups), "preferred_username", "dana");
    }

    @Test
    void aProviderTokenWithTheRightIssuerAudienceAndRoleIsAccepted() {
        String subject = UUID.randomUUID().toString();
        assertThat(get("/api/query/processors", PROVIDER.token(subject, groups("insights"))).status()).isEqualTo(200);
        // Its role is the mapped one: agents may read the inbox but not the processors.
        assertThat(get("/api/query/processors", PROVIDER.token(subject, groups("support"))).status()).isEqualTo(403);
        assertThat(get("/api/query/inbox", PROVIDER.token(subject, groups("support"))).status()).isEqualTo(200);
    }

    @Test
    void wrongAudienceWrongIssuerUnknownKeyOrNoMappedRoleAreRefused() {
        var claims = groups("insights");
        assertThat(get("/api/query/processors", PROVIDER.token(PROVIDER.issuer(), "someone-else", "s", claims)).status())
                .isEqualTo(401);
        assertThat(get("/api/query/processors",
                PROVIDER.token("http://127.0.0.1:1/not-the-provider", TestIdentityProvider.AUDIENCE, "s", claims)).status())
                .isEqualTo(401);
        assertThat(get("/api/query/processors", PROVIDER.forgedToken("s", claims)).status()).isEqualTo(401);
        assertThat(get("/api/query/processors", PROVIDER.token("s", groups("visitors"))).status()).isEqualTo(401);
    }

    @Test
    void devicesKeepLifelinesOwnTokensButLifelineStaffTokensAreRefused() {
        assertThat(get("/api/query/unread", token("d-" + "x".repeat(32), "device", "DEVICE")).status()).isEqualTo(200);
        assertThat(get("/api/query/processors", analyst()).status()).isEqualTo(401);
    }
}
