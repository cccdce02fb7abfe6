package io.lifeline.command.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.command.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Password rules, and the throttling of failed sign-ins per username and client address: whoever
 * guesses from one address slows only that address, never the account's owner elsewhere.
 */
class PasswordAndLockoutIT extends CommandSideIntegrationTest {
    private static final String PASSWORD = "amber lantern over the bay";
    private static final String ATTACKER = "192.0.2.66";
    private static final String OWNER = "198.51.100.7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String newUsername(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String register(TestApi api, String username) {
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        return api.post("/api/staff", admin, Map.of("username", username, "displayName", "Rules Test", "role", "AGENT",
                "password", PASSWORD)).expectStatus(201).text("staffId");
    }

    private static TestApi.Response signIn(TestApi api, String username, String password) {
        return api.post("/api/sessions/staff", null, Map.of("username", username, "password", password));
    }

    /** A request as if from {@code address} (the test reaches the service from loopback, a trusted proxy). */
    private HttpResponse<String> from(String address, String method, String path, String token, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signInFrom(String address, String username, String password) throws Exception {
        return from(address, "POST", "/api/sessions/staff", null, Map.of("username", username, "password", password));
    }

    /** As if the address's wait had passed. */
    private static void waitOver(String username, String address) throws Exception {
        try (var connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), TestDatabase.password());
             var statement = connection.prepareStatement("""
                     UPDATE event_store.staff_sign_in_throttle SET blocked_until = now() - interval '1 second'
                      WHERE username = ? AND client_address = ?""")) {
            statement.setString(1, username);
            statement.setString(2, address);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static void assertThrottled(HttpResponse<String> answer, long atMostSeconds) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(answer.body()).path("code").asString()).isEqualTo("sign-in-throttled");
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(atMostSeconds / 2, atMostSeconds);
    }

    @Test
    void registrationRefusesPasswordsThatBreakTheRules() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = newUsername("rules-check");
        for (String weak : new String[] {"too-short", username.toUpperCase(), "Password1234", "xxxxxxxxxxxxxxxx"}) {
            var refused = api.post("/api/staff", admin, Map.of("username", username, "displayName", "Weak", "role", "AGENT",
                    "password", weak)).expectStatus(400);
            assertThat(refused.text("code")).as(weak).isEqualTo("weak-password");
        }
        api.post("/api/staff", admin, Map.of("username", username, "displayName", "Strong", "role", "AGENT",
                "password", PASSWORD)).expectStatus(201);
    }

    @Test
    void staffChangeTheirOwnPasswordAndEveryOtherSessionEnds() {
        TestApi api = api();
        String username = newUsername("changer");
        register(api, username);
        var before = api.staffSession(username, PASSWORD);
        String oldToken = before.body().path("session").path("token").asString();
        String oldRefresh = before.body().path("session").path("refreshToken").asString();

        var wrong = api.put("/api/staff/me/password", oldToken, Map.of("currentPassword", "not my password",
                "newPassword", "a fresh and long passphrase")).expectStatus(403);
        assertThat(wrong.text("code")).isEqualTo("wrong-password");
        var weak = api.put("/api/staff/me/password", oldToken, Map.of("currentPassword", PASSWORD,
                "newPassword", "password1234")).expectStatus(400);
        assertThat(weak.text("code")).isEqualTo("weak-password");

        var changed = api.put("/api/staff/me/password", oldToken, Map.of("currentPassword", PASSWORD,
                "newPassword", "a fresh and long passphrase")).expectStatus(200);

        String newToken = changed.body().path("session").path("token").asString();
        assertThat(changed.text("staffId")).isEqualTo(before.text("staffId"));
        api.post("/api/sessions/staff/logout", oldToken, null).expectStatus(401);
        api.post("/api/sessions/staff/refresh", null, Map.of("refreshToken", oldRefresh)).expectStatus(401);
        signIn(api, username, PASSWORD).expectStatus(401);
        signIn(api, username, "a fresh and long passphrase").expectStatus(201);
        api.post("/api/sessions/staff/refresh", null,
                Map.of("refreshToken", changed.body().path("session").path("refreshToken").asString())).expectStatus(201);
        api.post("/api/sessions/staff/logout", newToken, null).expectStatus(204);
    }

    @Test
    void devicesHaveNoPasswordToChange() {
        TestApi api = api();
        var refused = api.put("/api/staff/me/password", api.deviceToken(newDeviceId()),
                Map.of("currentPassword", "whatever", "newPassword", "a fresh and long passphrase")).expectStatus(403);
        assertThat(refused.text("code")).isEqualTo("forbidden");
    }

    @Test
    void fiveFailuresFromOneAddressMakeThatAddressWaitButNeverTheOwnerElsewhere() throws Exception {
        TestApi api = api();
        String username = newUsername("targeted");
        register(api, username);
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(signInFrom(ATTACKER, username, "guess number " + failure).statusCode()).isEqualTo(401);
        }

        assertThrottled(signInFrom(ATTACKER, username, PASSWORD), 30); // not even checked while it waits
        assertThat(signInFrom(OWNER, username, PASSWORD).statusCode()).isEqualTo(201);
        assertThrottled(signInFrom(ATTACKER, username, PASSWORD), 30); // the owner's success frees only the owner
    }

    @Test
    void eachFurtherFailureDoublesTheWait() throws Exception {
        TestApi api = api();
        String username = newUsername("persistent");
        register(api, username);
        for (int failure = 1; failure <= 5; failure++) {
            signInFrom(ATTACKER, username, "guess number " + failure);
        }
        waitOver(username, ATTACKER);

        assertThat(signInFrom(ATTACKER, username, "guess number 6").statusCode()).isEqualTo(401);

        assertThrottled(signInFrom(ATTACKER, username, PASSWORD), 60);
        waitOver(username, ATTACKER);
        assertThat(signInFrom(ATTACKER, username, PASSWORD).statusCode()).isEqualTo(201);
    }

    @Test
    void unknownUsernamesAreThrottledAlikeSoAWaitTellsNothing() throws Exception {
        String nobody = newUsername("nobody");
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(signInFrom(ATTACKER, nobody, "guess number " + failure).statusCode()).isEqualTo(401);
        }
        assertThrottled(signInFrom(ATTACKER, nobody, "guess number 6"), 30);
    }

    @Test
    void aWrongCurrentPasswordOnAPasswordChangeCountsAsAFailedSignInFromThatAddress() throws Exception {
        TestApi api = api();
        String username = newUsername("stolen-token");
        register(api, username);
        String token = api.staffToken(username, PASSWORD);
        Map<String, String> guess = Map.of("currentPassword", "a guess", "newPassword", "a fresh and long passphrase");
        for (int failure = 1; failure <= 5; failure++) {
            var wrong = from(ATTACKER, "PUT", "/api/staff/me/password", token, guess);
            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
        }

        assertThrottled(from(ATTACKER, "PUT", "/api/staff/me/password", token,
                Map.of("currentPassword", PASSWORD, "newPassword", "a fresh and long passphrase")), 30);
        assertThrottled(signInFrom(ATTACKER, username, PASSWORD), 30);
        assertThat(signInFrom(OWNER, username, PASSWORD).statusCode()).isEqualTo(201);
    }

    @Test
    void anAdminResetsAPasswordEndsTheSessionsAndLiftsTheThrottling() throws Exception {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = newUsername("forgetful");
        String staffId = register(api, username);
        String token = api.staffToken(username, PASSWORD);
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(signInFrom(ATTACKER, username, "guess number " + failure).statusCode()).isEqualTo(401);
        }

        var weak = api.put("/api/staff/" + staffId + "/password", admin, Map.of("password", "qwerty123456")).expectStatus(400);
        assertThat(weak.text("code")).isEqualTo("weak-password");
        api.put("/api/staff/" + staffId + "/password", admin, Map.of("password", "reset by the admin today")).expectStatus(204);

        api.post("/api/sessions/staff/logout", token, null).expectStatus(401);
        assertThat(signInFrom(ATTACKER, username, "reset by the admin today").statusCode()).isEqualTo(201);
        api.put("/api/staff/" + UUID.randomUUID() + "/password", admin, Map.of("password", "reset by the admin today"))
                .expectStatus(404);
        api.put("/api/staff/" + staffId + "/password", token, Map.of("password", "reset by the admin today")).expectStatus(401);
    }
}
