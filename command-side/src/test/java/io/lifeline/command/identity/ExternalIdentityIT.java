package io.lifeline.command.identity;

import io.lifeline.testsupport.TestIdentityProvider;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.contracts.actor.StaffId;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * An external OpenID Connect provider replaces the built-in staff sign-in: found through its
 * discovery document, its tokens are checked for issuer and audience, their roles mapped, and the
 * staff member gets an account on the first request.
 */
@TestPropertySource(properties = {
        "lifeline.security.oidc.audience=" + TestIdentityProvider.AUDIENCE,
        "lifeline.security.oidc.role-claim=realm_access.roles",
        "lifeline.security.oidc.role-mapping=lifeline-admins=ADMIN,support=AGENT,insights=ANALYST"})
@org.springframework.test.annotation.DirtiesContext // closed after the class, like any second instance
class ExternalIdentityIT extends CommandSideIntegrationTest {
    private static final TestIdentityProvider PROVIDER = TestIdentityProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("lifeline.security.oidc.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    private static Map<String, Object> claims(String username, String... roles) {
        return Map.of("preferred_username", username, "name", "Test " + username,
                "realm_access", Map.of("roles", List.of(roles)), "sid", "provider-session-1");
    }

    private String conversation(TestApi api) {
        String device = api.deviceToken(newDeviceId()); // devices keep Lifeline's own tokens
        return api.post("/api/conversations", device, Map.of("channel", "MOBILE")).expectStatus(201).text("conversationId");
    }

    @Test
    void aProviderTokenWithTheRightIssuerAudienceAndRoleActsAsStaff() {
        TestApi api = api();
        String subject = "ana-" + UUID.randomUUID();
        String agent = PROVIDER.token(subject, claims("Ana@Example.org", "offline_access", "support"));
        String id = conversation(api);

        api.put("/api/conversations/" + id + "/participants/me", agent, null).expectStatus(200);

        // The account exists from the first request on, under the id every service derives alike.
        String staffId = StaffId.external(PROVIDER.issuer(), subject).toString();
        api.put("/api/conversations/" + id + "/assignee", agent, Map.of("staffId", staffId)).expectStatus(200);
        api.post("/api/conversations/" + id + "/messages", agent, Map.of("clientMessageId", "p-1", "text", "on it"))
                .expectStatus(201);
    }

    @Test
    void theRoleTheProviderGivesIsTakenOverWhenItChanges() {
        TestApi api = api();
        String subject = "bo-" + UUID.randomUUID();
        String id = conversation(api);
        var asAnalyst = api.put("/api/conversations/" + id + "/participants/me",
                PROVIDER.token(subject, claims("bo", "insights")), null).expectStatus(403);
        assertThat(asAnalyst.text("code")).isEqualTo("action-not-permitted");

        api.put("/api/conversations/" + id + "/participants/me", PROVIDER.token(subject, claims("bo", "support")), null)
                .expectStatus(200);
        // The most powerful mapped role wins.
        api.post("/api/staff", PROVIDER.token(subject, claims("bo", "support", "lifeline-admins")),
                Map.of("username", "x-" + subject.substring(3, 11), "displayName", "X", "role", "AGENT",
                        "password", "a long enough passphrase")).expectStatus(201);
    }

    @Test
    void tokensWithTheWrongAudienceIssuerKeyOrNoMappedRoleAreRefused() {
        TestApi api = api();
        String id = conversation(api);
        String path = "/api/conversations/" + id + "/participants/me";
        var good = claims("cy", "support");

        api.put(path, PROVIDER.token(PROVIDER.issuer(), "another-api", "cy", good), null).expectStatus(401);
        api.put(path, PROVIDER.token(PROVIDER.issuer() + "-other", TestIdentityProvider.AUDIENCE, "cy", good), null)
                .expectStatus(401);
        api.put(path, PROVIDER.forgedToken("cy", good), null).expectStatus(401);
        api.put(path, PROVIDER.expiredToken("cy", good), null).expectStatus(401);
        api.put(path, PROVIDER.token("cy", claims("cy", "guests")), null).expectStatus(401);
        api.put(path, PROVIDER.token("cy", good), null).expectStatus(200);
    }

    @Test
    void theBuiltInStaffSignInIsOffAndItsTokensAreRefused() throws Exception {
        TestApi api = api();
        var signIn = api.post("/api/sessions/staff", null, Map.of("username", "admin", "password", ADMIN_PASSWORD))
                .expectStatus(403);
        assertThat(signIn.text("code")).isEqualTo("sign-in-with-provider");
        api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", "x".repeat(43))).expectStatus(403);

        var claims = new JWTClaimsSet.Builder().issuer("lifeline").subject(UUID.randomUUID().toString())
                .claim("kind", "staff").claim("roles", List.of("ADMIN"))
                .expirationTime(new Date(System.currentTimeMillis() + 60_000)).build();
        var lifelineStaffToken = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        lifelineStaffToken.sign(new MACSigner(JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
        api.put("/api/conversations/" + conversation(api) + "/participants/me", lifelineStaffToken.serialize(), null)
                .expectStatus(401);
    }
}
