package io.lifeline.standalone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Canned replies through the whole system: kept on the command side, found on the query side by
 * the staff who may use them (their own, their teams'), refused to devices, with stable codes.
 */
class CannedRepliesIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAgentFindsTheirOwnRepliesAndTheirTeamsButNoOneElses() throws Exception {
        var lifeline = StandaloneForTests.shared();
        String admin = lifeline.adminToken();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String ana = register(lifeline, "ana-" + suffix);
        String ben = register(lifeline, "ben-" + suffix);
        String anaToken = signIn(lifeline, "ana-" + suffix);
        String benToken = signIn(lifeline, "ben-" + suffix);
        String team = lifeline.call("POST", "/api/teams", admin, Map.of("name", "Water " + suffix, "strategy", "ROUND_ROBIN"))
                .path("teamId").asString();
        lifeline.call("PUT", "/api/teams/" + team + "/members/" + ana, admin, null);

        String teamReply = create(lifeline, admin, Map.of("teamId", team, "shortcut", "valve-" + suffix,
                "text", "Please turn off the main water valve, {visitor.name}."));
        String anasReply = create(lifeline, anaToken, Map.of("shortcut", "hello-" + suffix,
                "text", "Hello, I am {agent.name}; the valve is under the sink."));
        String bensReply = create(lifeline, benToken, Map.of("shortcut", "bens-" + suffix, "text", "Ben's own words"));
        lifeline.awaitProjections();

        assertThat(ids(lifeline.call("GET", "/api/query/canned-replies?q=valve", anaToken, null)))
                .as("the shortcut's match first, then the text's").containsExactly(teamReply, anasReply);
        assertThat(ids(lifeline.call("GET", "/api/query/canned-replies?q=" + suffix, benToken, null)))
                .as("not in the team, so only his own").containsExactly(bensReply);
        JsonNode own = lifeline.call("GET", "/api/query/canned-replies?q=hello-" + suffix, anaToken, null).get(0);
        assertThat(own.path("text").asString()).isEqualTo("Hello, I am {agent.name}; the valve is under the sink.");
        assertThat(own.path("staffId").asString()).isEqualTo(ana);

        lifeline.call("PUT", "/api/canned-replies/" + anasReply, anaToken, Map.of("shortcut", "hi-" + suffix, "text", "Hi!"));
        assertThat(lifeline.status("DELETE", "/api/canned-replies/" + anasReply, benToken, null)).isEqualTo(403);
        lifeline.call("DELETE", "/api/canned-replies/" + bensReply, benToken, null);
        lifeline.awaitProjections();
        assertThat(ids(lifeline.call("GET", "/api/query/canned-replies?q=" + suffix, benToken, null))).isEmpty();
        assertThat(ids(lifeline.call("GET", "/api/query/canned-replies?q=hi-" + suffix, anaToken, null))).containsExactly(anasReply);
    }

    @Test
    void devicesGetNoneAndUnknownRepliesAreNotFound() throws Exception {
        var lifeline = StandaloneForTests.shared();
        String device = lifeline.newDevice().token();
        assertThat(lifeline.status("GET", "/api/query/canned-replies", device, null)).isEqualTo(403);
        assertThat(lifeline.status("POST", "/api/canned-replies", device, Map.of("shortcut", "x", "text", "y"))).isEqualTo(403);
        var missing = lifeline.send("DELETE", "/api/canned-replies/" + UUID.randomUUID(), lifeline.adminToken(), null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).path("code").asString()).isEqualTo("canned-reply-not-found");
        var invalid = lifeline.send("POST", "/api/canned-replies", lifeline.adminToken(), Map.of("shortcut", "Not Valid", "text", "y"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(invalid.body()).path("code").asString()).isEqualTo("invalid-request");
    }

    private static String register(StandaloneForTests lifeline, String username) throws Exception {
        return lifeline.call("POST", "/api/staff", lifeline.adminToken(), Map.of("username", username, "displayName",
                "Agent " + username, "role", "AGENT", "password", "canned-replies-password-1")).path("staffId").asString();
    }

    private static String signIn(StandaloneForTests lifeline, String username) throws Exception {
        return lifeline.call("POST", "/api/sessions/staff", null, Map.of("username", username,
                "password", "canned-replies-password-1")).path("session").path("token").asString();
    }

    private static String create(StandaloneForTests lifeline, String token, Map<String, Object> reply) throws Exception {
        return lifeline.call("POST", "/api/canned-replies", token, reply).path("cannedReplyId").asString();
    }

    private static List<String> ids(JsonNode replies) {
        return StreamSupport.stream(replies.spliterator(), false).map(reply -> reply.path("cannedReplyId").asString()).toList();
    }
}
