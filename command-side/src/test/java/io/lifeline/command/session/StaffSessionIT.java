package io.lifeline.command.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.command.TestRevocations;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StaffSessionIT extends CommandSideIntegrationTest {
    private static final String PASSWORD = "a sessions test passphrase";

    private String newAgent(TestApi api) {
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/staff", admin, Map.of("username", username, "displayName", "Session Test", "role", "AGENT",
                "password", PASSWORD)).expectStatus(201);
        return username;
    }

    private static String refreshTokenOf(TestApi.Response signedIn) {
        return signedIn.body().path("session").path("refreshToken").asString();
    }

    private static String accessTokenOf(TestApi.Response signedIn) {
        return signedIn.body().path("session").path("token").asString();
    }

    /** Any command a staff member may send: joining a new conversation. */
    private int act(TestApi api, String token) {
        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        return api.put("/api/conversations/" + id + "/participants/me", token, null).status();
    }

    @Test
    void signInAnswersAShortLivedAccessTokenOfASessionAndARefreshToken() throws Exception {
        TestApi api = api();
        String username = newAgent(api);
        var signedIn = api.staffSession(username, PASSWORD);
        JsonNode session = signedIn.body().path("session");

        assertThat(signedIn.text("staffId")).isNotBlank();
        assertThat(signedIn.text("role")).isEqualTo("AGENT");
        assertThat(session.path("refreshToken").asString()).hasSize(43); // 32 random bytes, base64url
        assertThat(Instant.parse(session.path("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofMinutes(9)), Instant.now().plus(Duration.ofMinutes(11)));
        assertThat(Instant.parse(session.path("refreshExpiresAt").asString())).isAfter(Instant.now().plus(Duration.ofHours(11)));
        var claims = SignedJWT.parse(session.path("token").asString()).getJWTClaimsSet();
        assertThat(claims.getStringClaim("sid")).isEqualTo(session.path("id").asString());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(claims.getSubject()).isEqualTo(signedIn.text("staffId"));
        assertThat(act(api, accessTokenOf(signedIn))).isEqualTo(200);
    }

    @Test
    void refreshingRotatesTheRefreshTokenAndKeepsTheSession() throws Exception {
        TestApi api = api();
        var signedIn = api.staffSession(newAgent(api), PASSWORD);
        String first = refreshTokenOf(signedIn);

        var refreshed = api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", first)).expectStatus(201);

        String second = refreshTokenOf(refreshed);
        assertThat(second).isNotEqualTo(first);
        assertThat(refreshed.body().path("session").path("id")).isEqualTo(signedIn.body().path("session").path("id"));
        assertThat(refreshed.text("staffId")).isEqualTo(signedIn.text("staffId"));
        assertThat(accessTokenOf(refreshed)).isNotEqualTo(accessTokenOf(signedIn));
        assertThat(act(api, accessTokenOf(refreshed))).isEqualTo(200);
        var again = api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", second)).expectStatus(201);
        assertThat(refreshTokenOf(again)).isNotIn(first, second);
    }

    @Test
    void aRotatedRefreshTokenPresentedAgainRevokesTheWholeFamily() {
        TestApi api = api();
        var signedIn = api.staffSession(newAgent(api), PASSWORD);
        String stolen = refreshTokenOf(signedIn);
        var legitimate = api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", stolen)).expectStatus(201);

        try (var revocations = new TestRevocations()) {
            var reuse = api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", stolen)).expectStatus(401);
            assertThat(reuse.text("code")).isEqualTo("unauthorized");

            String session = signedIn.body().path("session").path("id").asString();
            JsonNode revocation = revocations.await(record -> session.equals(record.path("sessionId").asString()),
                    Duration.ofSeconds(5));
            assertThat(revocation.path("reason").asString()).isEqualTo("REFRESH_TOKEN_REUSED");
        }
        // Every member of the family is dead: the newest refresh token, and every access token of the session.
        api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", refreshTokenOf(legitimate))).expectStatus(401);
        assertThat(act(api, accessTokenOf(legitimate))).isEqualTo(401);
        assertThat(act(api, accessTokenOf(signedIn))).isEqualTo(401);
    }

    @Test
    void unknownAndMalformedRefreshTokensGetTheSameAnswer() {
        TestApi api = api();
        var unknown = api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", "x".repeat(43))).expectStatus(401);
        var empty = api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", "")).expectStatus(400);
        assertThat(unknown.text("code")).isEqualTo("unauthorized");
        assertThat(empty.text("code")).isEqualTo("invalid-request");
    }

    @Test
    void logoutRevokesTheSessionItsRefreshTokenAndItsAccessTokensAndPublishesTheRevocation() {
        TestApi api = api();
        String username = newAgent(api);
        var signedIn = api.staffSession(username, PASSWORD);
        var otherSession = api.staffSession(username, PASSWORD);
        String session = signedIn.body().path("session").path("id").asString();

        try (var revocations = new TestRevocations()) {
            api.post("/api/sessions/staff/logout", accessTokenOf(signedIn), null).expectStatus(204);

            JsonNode revocation = revocations.await(record -> session.equals(record.path("sessionId").asString()),
                    Duration.ofSeconds(5));
            assertThat(revocation.path("reason").asString()).isEqualTo("LOGOUT");
            assertThat(revocation.path("staffId").asString()).isEqualTo(signedIn.text("staffId"));
            assertThat(Instant.parse(revocation.path("expiresAt").asString()))
                    .isAfterOrEqualTo(Instant.parse(signedIn.body().path("session").path("expiresAt").asString()));
        }
        assertThat(act(api, accessTokenOf(signedIn))).isEqualTo(401);
        api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", refreshTokenOf(signedIn))).expectStatus(401);
        // Only that session: the staff member's other one goes on.
        assertThat(act(api, accessTokenOf(otherSession))).isEqualTo(200);
    }

    @Test
    void logoutWithTheRefreshTokenWorksOnceTheAccessTokenIsGone() {
        TestApi api = api();
        var signedIn = api.staffSession(newAgent(api), PASSWORD);

        api.post("/api/sessions/staff/logout", null, Map.of("refreshToken", refreshTokenOf(signedIn))).expectStatus(204);

        assertThat(act(api, accessTokenOf(signedIn))).isEqualTo(401);
        api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", refreshTokenOf(signedIn))).expectStatus(401);
        api.post("/api/sessions/staff/logout", null, null).expectStatus(401);
    }

    @Test
    void deactivationRevokesEverySessionAndPublishesARevocationOfTheWholeStaffMember() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = newAgent(api);
        var first = api.staffSession(username, PASSWORD);
        var second = api.staffSession(username, PASSWORD);
        String staffId = first.text("staffId");

        try (var revocations = new TestRevocations()) {
            api.post("/api/staff/" + staffId + "/deactivate", admin, null).expectStatus(204);

            JsonNode everything = revocations.await(record -> staffId.equals(record.path("staffId").asString())
                    && record.path("sessionId").isNull(), Duration.ofSeconds(5));
            assertThat(everything.path("reason").asString()).isEqualTo("DEACTIVATED");
            String session = second.body().path("session").path("id").asString();
            revocations.await(record -> session.equals(record.path("sessionId").asString()), Duration.ofSeconds(5));
        }
        api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", refreshTokenOf(first))).expectStatus(401);
        api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", refreshTokenOf(second))).expectStatus(401);
        assertThat(act(api, accessTokenOf(second))).isEqualTo(401);
    }
}
