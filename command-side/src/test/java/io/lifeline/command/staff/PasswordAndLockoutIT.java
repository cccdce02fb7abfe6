package io.lifeline.command.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.command.TestDatabase;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasswordAndLockoutIT extends CommandSideIntegrationTest {
    private static final String PASSWORD = "amber lantern over the bay";

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

    private static void unlock(String username) throws Exception {
        try (var connection = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), TestDatabase.password());
             var statement = connection.prepareStatement(
                     "UPDATE event_store.staff_sign_in_attempt SET locked_until = now() - interval '1 second' WHERE username = ?")) {
            statement.setString(1, username);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
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
    void fiveFailuresLockAUsernameAndALockedUsernameAnswersLikeAWrongPassword() throws Exception {
        TestApi api = api();
        String username = newUsername("locked");
        register(api, username);
        String wrongDetail = null;
        for (int failure = 1; failure <= 5; failure++) {
            wrongDetail = signIn(api, username, "guess number " + failure).expectStatus(401).text("detail");
        }

        var locked = signIn(api, username, PASSWORD).expectStatus(401);

        assertThat(locked.text("detail")).isEqualTo(wrongDetail);
        assertThat(locked.text("code")).isEqualTo("unauthorized");
        unlock(username); // as if the fifteen minutes had passed
        signIn(api, username, PASSWORD).expectStatus(201);
    }

    @Test
    void unknownUsernamesAreCountedAlikeSoALockoutTellsNothing() throws Exception {
        TestApi api = api();
        String nobody = newUsername("nobody");
        for (int failure = 1; failure <= 5; failure++) {
            signIn(api, nobody, "guess number " + failure).expectStatus(401);
        }
        unlock(nobody); // the row exists, exactly as for a real account
    }

    @Test
    void anAdminResetsAPasswordEndsTheSessionsAndLiftsTheLockout() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = newUsername("forgetful");
        String staffId = register(api, username);
        String token = api.staffToken(username, PASSWORD);
        for (int failure = 1; failure <= 5; failure++) {
            signIn(api, username, "guess number " + failure).expectStatus(401);
        }

        var weak = api.put("/api/staff/" + staffId + "/password", admin, Map.of("password", "qwerty123456")).expectStatus(400);
        assertThat(weak.text("code")).isEqualTo("weak-password");
        api.put("/api/staff/" + staffId + "/password", admin, Map.of("password", "reset by the admin today")).expectStatus(204);

        api.post("/api/sessions/staff/logout", token, null).expectStatus(401);
        signIn(api, username, "reset by the admin today").expectStatus(201);
        api.put("/api/staff/" + UUID.randomUUID() + "/password", admin, Map.of("password", "reset by the admin today"))
                .expectStatus(404);
        api.put("/api/staff/" + staffId + "/password", token, Map.of("password", "reset by the admin today")).expectStatus(401);
    }
}
