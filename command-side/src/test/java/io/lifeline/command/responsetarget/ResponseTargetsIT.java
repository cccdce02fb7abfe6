package io.lifeline.command.responsetarget;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.*;
import io.lifeline.contracts.staff.StaffRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Response targets set over REST start real clocks on the persistent deadline scheduler: an
 * unanswered conversation's breach is stored once, an answered one's never. The target is for a
 * scope no other test uses (low-priority bids) and removed at the end, because the tests share one
 * database.
 */
class ResponseTargetsIT extends CommandSideIntegrationTest {
    private static final Map<String, Object> LOW_BIDS = Map.of("kind", "FIRST_RESPONSE", "priority", "LOW", "context", "BID");

    @Autowired
    ActingGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnansweredConversationMissesItsFirstResponseTargetOnceAnAnsweredOneNever() throws Exception {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        StaffId adminId = StaffId.parse(api.staffSession("admin", ADMIN_PASSWORD).text("staffId"));
        api.put("/api/response-targets", admin, with(LOW_BIDS, "within", "PT2S")).expectStatus(204);
        try {
            ConversationId unanswered = startLowBid();
            ConversationId answered = startLowBid();
            Acting asAdmin = Acting.staff(adminId, StaffRole.ADMIN);
            commands.send(new JoinConversation(answered), asAdmin);
            commands.send(new SendMessage(answered, MessageId.random(), new ClientMessageId("a-1"),
                    MessageContent.text("we are on it"), null, false), asAdmin);

            Instant until = Instant.now().plus(Duration.ofSeconds(20));
            while (count(unanswered, ResponseTargetMissed.class) == 0 && Instant.now().isBefore(until)) {
                Thread.sleep(200);
            }
            Thread.sleep(2_000); // time enough for a deadline run twice, or the answered one's, to show
            assertThat(count(unanswered, ResponseClockStarted.class)).isEqualTo(1);
            assertThat(count(unanswered, ResponseTargetMissed.class)).isEqualTo(1);
            assertThat(count(answered, ResponseClockStarted.class)).isEqualTo(1);
            assertThat(count(answered, ResponseTargetMissed.class)).isZero();
        } finally {
            api.delete("/api/response-targets?kind=FIRST_RESPONSE&priority=LOW&context=BID", admin).expectStatus(204);
        }
        ConversationId afterRemoval = startLowBid();
        assertThat(count(afterRemoval, ResponseClockStarted.class)).as("no clock once the target is removed").isZero();
    }

    @Test
    void aTargetCountedInBusinessHoursIsDueAfterThatMuchOpenTime() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        java.time.LocalDate inTwoDays = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2);
        var hours = Map.of("zone", "UTC", "open", java.util.List.of(Map.of("day", inTwoDays.getDayOfWeek().name(),
                "from", "10:00", "to", "11:00")), "holidays", java.util.List.of());
        var body = with(LOW_BIDS, "within", "PT30M");
        body.put("businessHours", hours);
        api.put("/api/response-targets", admin, body).expectStatus(204);
        try {
            ConversationId conversation = startLowBid();
            String payload = jdbc.sql("""
                            SELECT convert_from(payload, 'UTF8') FROM event_store.domainevententry
                            WHERE payloadtype = :type AND aggregateidentifier = :id""")
                    .param("type", ResponseClockStarted.class.getName()).param("id", conversation.toString())
                    .query(String.class).single();
            assertThat(payload).contains("\"within\":\"PT30M\"", "\"dueBy\":\"" + inTwoDays + "T10:30:00Z\"");
        } finally {
            api.delete("/api/response-targets?kind=FIRST_RESPONSE&priority=LOW&context=BID", admin).expectStatus(204);
        }
        var closed = with(LOW_BIDS, "within", "PT30M");
        closed.put("businessHours", Map.of("zone", "UTC", "open", java.util.List.of()));
        assertProblem(api.put("/api/response-targets", admin, closed), 400, "invalid-request");
        var nowhere = with(LOW_BIDS, "within", "PT30M");
        nowhere.put("businessHours", Map.of("zone", "Mars/Olympus", "open", hours.get("open")));
        assertProblem(api.put("/api/response-targets", admin, nowhere), 400, "invalid-request");
    }

    @Test
    void onlyAdminsSetTargetsAndNonsenseIsRefusedWithAStableCode() {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        String username = "target-agent-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/staff", admin, Map.of("username", username, "displayName", "Agent", "role", "AGENT",
                "password", "target-agent-password-1")).expectStatus(201);
        String agent = api.staffToken(username, "target-agent-password-1");

        assertProblem(api.put("/api/response-targets", agent, with(LOW_BIDS, "within", "PT1M")), 403, "admin-required");
        assertProblem(api.put("/api/response-targets", admin, with(LOW_BIDS, "within", "PT0S")), 400, "invalid-request");
        assertProblem(api.put("/api/response-targets", admin, with(LOW_BIDS, "within", "P400D")), 400, "invalid-request");
        assertProblem(api.put("/api/response-targets", admin, Map.of("priority", "LOW", "within", "PT1M")), 400,
                "invalid-request");
        api.delete("/api/response-targets?kind=RESOLUTION&priority=LOW&context=BID", admin)
                .expectStatus(204); // removing a target that is not set changes nothing
        assertThat(api.get("/v3/api-docs", null).expectStatus(200).body().path("paths").toString())
                .contains("/api/response-targets");
    }

    private ConversationId startLowBid() {
        DeviceId device = new DeviceId(newDeviceId());
        return commands.<ConversationOpened>send(new StartConversation(ConversationId.random(), device, Channel.MOBILE,
                "A bid", new ConversationContext(ContextKind.BID, "bid-1"), Priority.LOW, null, null, true),
                Acting.device(device)).conversationId();
    }

    private long count(ConversationId conversation, Class<?> type) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_store.domainevententry
                        WHERE payloadtype = :type AND aggregateidentifier = :id""")
                .param("type", type.getName()).param("id", conversation.toString()).query(Long.class).single();
    }

    private static Map<String, Object> with(Map<String, Object> scope, String key, Object value) {
        var body = new java.util.HashMap<>(scope);
        body.put(key, value);
        return body;
    }

    private static void assertProblem(TestApi.Response response, int status, String code) {
        response.expectStatus(status);
        assertThat(response.text("code")).as(response.toString()).isEqualTo(code);
    }
}
