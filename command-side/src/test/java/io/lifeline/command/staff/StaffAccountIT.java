package io.lifeline.command.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StaffAccountIT extends CommandSideIntegrationTest {
    private static final String PASSWORD = "staple horse battery correct";

    private static Map<String, Object> newAccount(String username, String role) {
        return Map.of("username", username, "displayName", "Test " + role, "role", role,
                "password", PASSWORD);
    }

    @Test
    void adminRegistersAnAgentWhoSignsInAndTakesAConversation() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        var registered = api.post("/api/staff", admin, newAccount(username, "AGENT")).expectStatus(201);
        String agentId = registered.text("staffId");

        var signIn = api.post("/api/sessions/staff", null, Map.of("username", username,
                "password", PASSWORD)).expectStatus(201);
        assertThat(signIn.text("staffId")).isEqualTo(agentId);
        assertThat(signIn.text("role")).isEqualTo("AGENT");
        String agent = signIn.body().path("session").path("token").asString();

        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        api.put("/api/conversations/" + id + "/assignee", agent, Map.of("staffId", agentId)).expectStatus(200);
        api.post("/api/conversations/" + id + "/messages", agent,
                Map.of("clientMessageId", "a-1", "text", "hello, I am here")).expectStatus(201);
    }

    @Test
    void usernamesAreUnique() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/staff", admin, newAccount(username, "AGENT")).expectStatus(201);
        var again = api.post("/api/staff", admin, newAccount(username, "ANALYST")).expectStatus(409);
        assertThat(again.text("code")).isEqualTo("username-taken");
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSameAnswer() {
        TestApi api = api();
        var wrong = api.post("/api/sessions/staff", null, Map.of("username", "admin", "password", "not the password"));
        var unknown = api.post("/api/sessions/staff", null, Map.of("username", "nobody-here", "password", "whatever"));
        wrong.expectStatus(401);
        unknown.expectStatus(401);
        assertThat(wrong.text("detail")).isEqualTo(unknown.text("detail"));
    }

    @Test
    void onlyAdminsManageStaffAndAnalystsCannotTakeConversations() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/staff", admin, newAccount(username, "ANALYST")).expectStatus(201);
        String analyst = api.staffToken(username, PASSWORD);

        api.post("/api/staff", analyst, newAccount("x-" + username, "ADMIN")).expectStatus(403);
        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        var join = api.put("/api/conversations/" + id + "/participants/me", analyst, null).expectStatus(403);
        assertThat(join.text("code")).isEqualTo("action-not-permitted");
    }

    @Test
    void deactivationStopsAStaffMemberAtOnce() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
        String staffId = api.post("/api/staff", admin, newAccount(username, "AGENT")).expectStatus(201).text("staffId");
        String agent = api.staffToken(username, PASSWORD);
        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        api.put("/api/conversations/" + id + "/participants/me", agent, null).expectStatus(200);

        api.post("/api/staff/" + staffId + "/deactivate", admin, null).expectStatus(204);

        // The token is still within its lifetime, but the account may no longer act or sign in.
        api.post("/api/conversations/" + id + "/messages", agent, Map.of("clientMessageId", "a-1", "text", "hi"))
                .expectStatus(401);
        api.post("/api/sessions/staff", null, Map.of("username", username, "password", PASSWORD))
                .expectStatus(401);
        var assign = api.put("/api/conversations/" + id + "/assignee", admin, Map.of("staffId", staffId)).expectStatus(400);
        assertThat(assign.text("code")).isEqualTo("staff-not-assignable");
    }

    @Test
    void aRoleChangeEndsTheStaffMembersSessionsAndTheNewRoleHoldsFromTheNextSignIn() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "promoted-" + UUID.randomUUID().toString().substring(0, 8);
        String staffId = api.post("/api/staff", admin, newAccount(username, "ANALYST")).expectStatus(201).text("staffId");
        String token = api.staffToken(username, PASSWORD);
        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        api.put("/api/conversations/" + id + "/participants/me", token, null).expectStatus(403);

        api.put("/api/staff/" + staffId + "/role", admin, Map.of("role", "AGENT")).expectStatus(204);

        // The old token carried the old role: it is revoked with every session of the staff member.
        api.put("/api/conversations/" + id + "/participants/me", token, null).expectStatus(401);
        String promoted = api.staffToken(username, PASSWORD);
        api.put("/api/conversations/" + id + "/participants/me", promoted, null).expectStatus(200);
    }

    @Test
    void anAdminCannotDeactivateThemself() {
        TestApi api = api();
        var signIn = api.post("/api/sessions/staff", null, Map.of("username", "admin", "password", ADMIN_PASSWORD));
        String admin = signIn.body().path("session").path("token").asString();
        var refused = api.post("/api/staff/" + signIn.text("staffId") + "/deactivate", admin, null).expectStatus(409);
        assertThat(refused.text("code")).isEqualTo("cannot-deactivate-self");
    }
}
