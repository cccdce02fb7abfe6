package io.lifeline.command.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The routing REST API as admins and agents use it, and its refusals as problems with stable codes.
 * No routing rule is created here: the other tests on this database must keep their conversations unrouted.
 */
class RoutingApiIT extends CommandSideIntegrationTest {
    private static final String PASSWORD = "routing-agent-password-1";

    @Test
    void adminsManageTeamsAndCapacitiesAgentsTheirOwnAvailability() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "router-" + UUID.randomUUID().toString().substring(0, 8);
        String agentId = api.post("/api/staff", admin, Map.of("username", username, "displayName", "Agent", "role", "AGENT",
                "password", PASSWORD)).expectStatus(201).text("staffId");
        String agent = api.staffToken(username, PASSWORD);

        String team = api.post("/api/teams", admin, Map.of("name", "Night shift", "strategy", "LEAST_LOADED"))
                .expectStatus(201).text("teamId");
        api.put("/api/teams/" + team + "/members/" + agentId, admin, null).expectStatus(204);
        api.put("/api/teams/" + team + "/name", admin, Map.of("name", "Late shift")).expectStatus(204);
        api.put("/api/teams/" + team + "/strategy", admin, Map.of("strategy", "ROUND_ROBIN")).expectStatus(204);
        api.put("/api/agents/" + agentId + "/capacity", admin, Map.of("capacity", 3)).expectStatus(204);
        api.put("/api/agents/me/availability", agent, Map.of("availability", "ONLINE")).expectStatus(204);
        api.delete("/api/teams/" + team + "/members/" + agentId, admin).expectStatus(204);

        assertProblem(api.post("/api/teams", agent, Map.of("name", "Mine")), 403, "admin-required");
        assertProblem(api.put("/api/agents/" + agentId + "/capacity", agent, Map.of("capacity", 50)), 403,
                "routing-not-permitted");
        assertProblem(api.put("/api/agents/" + UUID.randomUUID() + "/availability", agent,
                Map.of("availability", "OFFLINE")), 403, "routing-not-permitted");
        assertProblem(api.put("/api/teams/" + UUID.randomUUID() + "/name", admin, Map.of("name", "Nobody")), 404,
                "team-not-found");
        assertProblem(api.put("/api/routing-rules/" + UUID.randomUUID(), admin,
                Map.of("order", 1, "teamId", team)), 404, "routing-rule-not-found");
        assertProblem(api.post("/api/routing-rules", admin, Map.of("order", 1, "teamId", UUID.randomUUID().toString())),
                404, "team-not-found");
        assertProblem(api.post("/api/teams", admin, Map.of("name", " ")), 400, "invalid-request");
        assertProblem(api.put("/api/agents/" + agentId + "/capacity", admin, Map.of("capacity", -1)), 400, "invalid-request");
    }

    @Test
    void theRoutingRoutesAreDocumented() {
        String document = api().get("/v3/api-docs", null).expectStatus(200).body().path("paths").toString();
        assertThat(document).contains("/api/teams", "/api/teams/{teamId}/members/{staffId}", "/api/routing-rules/{ruleId}",
                "/api/agents/{staffId}/capacity", "/api/agents/me/availability");
    }

    private static void assertProblem(TestApi.Response response, int status, String code) {
        response.expectStatus(status);
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
    }
}
