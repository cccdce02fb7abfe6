package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.standalone.StandaloneForTests;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Revocation end to end through the edge: what the command side revokes, the query side refuses and
 * the bridge closes (4401) within a second, carried by Kafka.
 */
class SessionRevocationIT {
    private static final String PASSWORD = "revocation test passphrase";
    private static final Duration A_SECOND = Duration.ofSeconds(1);
    static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    private static String newAgent() throws Exception {
        String username = "revoked-" + UUID.randomUUID().toString().substring(0, 8);
        lifeline.call("POST", "/api/staff", lifeline.adminToken(), Map.of("username", username, "displayName", "Agent",
                "role", "AGENT", "password", PASSWORD));
        return username;
    }

    private static JsonNode signIn(String username) throws Exception {
        return lifeline.call("POST", "/api/sessions/staff", null, Map.of("username", username, "password", PASSWORD));
    }

    private static String token(JsonNode signedIn) {
        return signedIn.path("session").path("token").asString();
    }

    /** A connection known to be open on the bridge: it answered a ping. */
    private static TestSocket connected(String token) throws Exception {
        var socket = TestSocket.connect(lifeline.ws(), token);
        socket.send(Map.of("type", "ping", "ref", "open"));
        socket.await("pong");
        return socket;
    }

    /** Milliseconds from now until the query side answers 401 for the token; fails after a second. */
    private static long millisUntilTheQuerySideRefuses(String token, long startNanos) throws Exception {
        while (System.nanoTime() - startNanos < A_SECOND.toNanos()) {
            if (lifeline.status("GET", "/api/query/inbox", token, null) == 401) {
                return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the query side still accepted the revoked token after a second");
    }

    @Test
    void deactivationClosesTheStaffMembersWebSocketAndTheQuerySideRefusesTheOldTokenWithinASecond() throws Exception {
        String username = newAgent();
        JsonNode signedIn = signIn(username);
        String agent = token(signedIn);
        assertThat(lifeline.status("GET", "/api/query/inbox", agent, null)).isEqualTo(200);
        try (var socket = connected(agent); var admin = connected(lifeline.adminToken())) {

            lifeline.call("POST", "/api/staff/" + signedIn.path("staffId").asString() + "/deactivate", lifeline.adminToken(), null);
            long deactivated = System.nanoTime();

            assertThat(socket.awaitClose(A_SECOND)).isEqualTo(CloseCodes.UNAUTHORIZED);
            millisUntilTheQuerySideRefuses(agent, deactivated);
            assertThat(admin.isClosed()).isFalse();
        }
        assertThat(lifeline.status("POST", "/api/sessions/staff/refresh", null,
                Map.of("refreshToken", signedIn.path("session").path("refreshToken").asString()))).isEqualTo(401);
        assertThatTheHandshakeIsRefused(agent);
    }

    @Test
    void logoutClosesThatSessionsWebSocketOnlyAndItsTokenIsRefusedEverywhere() throws Exception {
        String username = newAgent();
        String laptop = token(signIn(username));
        String phone = token(signIn(username));
        try (var laptopSocket = connected(laptop); var phoneSocket = connected(phone)) {

            assertThat(lifeline.status("POST", "/api/sessions/staff/logout", laptop, null)).isEqualTo(204);
            long loggedOut = System.nanoTime();

            assertThat(laptopSocket.awaitClose(A_SECOND)).isEqualTo(CloseCodes.UNAUTHORIZED);
            millisUntilTheQuerySideRefuses(laptop, loggedOut);
            phoneSocket.send(Map.of("type", "ping", "ref", "still-here"));
            assertThat(phoneSocket.await("pong").path("ref").asString()).isEqualTo("still-here");
            assertThat(lifeline.status("GET", "/api/query/inbox", phone, null)).isEqualTo(200);
        }
        assertThat(lifeline.status("PUT", "/api/conversations/" + UUID.randomUUID() + "/participants/me", laptop, null))
                .isEqualTo(401);
    }

    @Test
    void aReusedRefreshTokenEndsTheSessionAndItsConnectionsEverywhere() throws Exception {
        JsonNode signedIn = signIn(newAgent());
        String stolen = signedIn.path("session").path("refreshToken").asString();
        JsonNode refreshed = lifeline.call("POST", "/api/sessions/staff/refresh", null, Map.of("refreshToken", stolen));
        String current = token(refreshed);
        assertThat(lifeline.status("GET", "/api/query/inbox", current, null)).isEqualTo(200);
        try (var socket = connected(current)) {

            assertThat(lifeline.status("POST", "/api/sessions/staff/refresh", null, Map.of("refreshToken", stolen)))
                    .isEqualTo(401);
            long reused = System.nanoTime();

            assertThat(socket.awaitClose(A_SECOND)).isEqualTo(CloseCodes.UNAUTHORIZED);
            millisUntilTheQuerySideRefuses(current, reused);
        }
        assertThat(lifeline.status("POST", "/api/sessions/staff/refresh", null,
                Map.of("refreshToken", refreshed.path("session").path("refreshToken").asString()))).isEqualTo(401);
    }

    /** Through the edge a refused handshake is the bridge's own 401 (the edge relays it); a close would do as well. */
    private static void assertThatTheHandshakeIsRefused(String token) {
        try (var socket = TestSocket.connect(lifeline.ws(), token)) {
            assertThat(socket.awaitClose(Duration.ofSeconds(10))).isNotEqualTo(1000);
        } catch (java.util.concurrent.CompletionException refusedOutright) {
            assertThat(refusedOutright).hasStackTraceContaining("401");
        }
    }
}
