package io.lifeline.command.autoreply;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.*;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rules created over REST answer a device's conversation through the process manager: the greeting,
 * the away reply and the keyword reply each once, stored as SYSTEM messages naming their rule. The
 * rules are removed at the end, because the tests share one database.
 */
class AutomatedRepliesIT extends CommandSideIntegrationTest {
    @Autowired
    ActingGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDevicesFirstMessageGetsTheGreetingTheAwayReplyAndTheKeywordReplyEachOnce() throws Exception {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        List<String> rules = new ArrayList<>();
        try {
            rules.add(create(api, admin, Map.of("trigger", "GREETING", "order", 1, "text", "Hello, we read every message.")));
            rules.add(create(api, admin, Map.of("trigger", "AWAY", "order", 1, "text", "We are away; an agent answers at 9:00.",
                    "hours", Map.of("zone", "Europe/Berlin", "open", List.of(), "holidays", List.of()))));
            rules.add(create(api, admin, Map.of("trigger", "KEYWORD", "order", 1, "pattern", "leak|flood",
                    "text", "Turn off the main water valve first.")));

            DeviceId device = new DeviceId(newDeviceId());
            ConversationId conversation = commands.<ConversationOpened>send(new StartConversation(ConversationId.random(),
                    device, Channel.WIDGET, "Water", ConversationContext.general(), Priority.NORMAL, null,
                    new FirstMessage(MessageId.random(), new ClientMessageId("c-1"), MessageContent.text("My kitchen is flooded"),
                            false), true), Acting.device(device)).conversationId();

            awaitReplies(conversation, 3);
            for (String rule : rules) {
                assertThat(repliesOf(conversation, rule)).as("rule " + rule).isEqualTo(1);
            }
            commands.send(new SendMessage(conversation, MessageId.random(), new ClientMessageId("c-2"),
                    MessageContent.text("the flood is getting worse"), null, false), Acting.device(device));
            Thread.sleep(3_000); // time enough for a second reply to show, were one written
            assertThat(repliesOf(conversation, "")).as("each rule once per conversation").isEqualTo(3);
        } finally {
            for (String rule : rules) {
                api.delete("/api/auto-replies/" + rule, admin).expectStatus(204);
            }
        }
    }

    @Test
    void onlyAdminsKeepRulesAndNonsenseIsRefusedWithAStableCode() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "reply-agent-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/staff", admin, Map.of("username", username, "displayName", "Agent", "role", "AGENT",
                "password", "reply-agent-password-1")).expectStatus(201);
        String agent = api.staffToken(username, "reply-agent-password-1");

        assertProblem(api.post("/api/auto-replies", agent, Map.of("trigger", "GREETING", "order", 1, "text", "Hi")), 403,
                "admin-required");
        assertProblem(api.post("/api/auto-replies", admin, Map.of("trigger", "KEYWORD", "order", 1, "pattern", "(unclosed",
                "text", "Hi")), 400, "invalid-request");
        assertProblem(api.post("/api/auto-replies", admin, Map.of("trigger", "AWAY", "order", 1, "text", "Away")), 400,
                "invalid-request");
        assertProblem(api.put("/api/auto-replies/" + UUID.randomUUID(), admin,
                Map.of("trigger", "GREETING", "order", 1, "text", "Hi")), 404, "auto-reply-rule-not-found");
        assertThat(api.get("/v3/api-docs", null).expectStatus(200).body().path("paths").toString())
                .contains("/api/auto-replies", "/api/auto-replies/{ruleId}");
    }

    private static String create(TestApi api, String admin, Map<String, Object> rule) {
        return api.post("/api/auto-replies", admin, rule).expectStatus(201).text("ruleId");
    }

    private void awaitReplies(ConversationId conversation, int expected) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (repliesOf(conversation, "") < expected && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
    }

    /** The conversation's stored messages whose client id (and author) name an automated-reply rule (any, for ""). */
    private long repliesOf(ConversationId conversation, String rule) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_store.domainevententry
                        WHERE payloadtype = :type AND aggregateidentifier = :id
                          AND convert_from(payload, 'UTF8') LIKE :author""")
                .param("type", MessageSent.class.getName()).param("id", conversation.toString())
                .param("author", "%\"auto-reply." + rule + "%").query(Long.class).single();
    }

    private static void assertProblem(TestApi.Response response, int status, String code) {
        response.expectStatus(status);
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
    }
}
