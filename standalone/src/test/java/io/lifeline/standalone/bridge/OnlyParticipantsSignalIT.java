package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Receipts ({@code delivered}, {@code read}) and typing signals come only from participants: the
 * owning device and staff who joined or are assigned. Staff who are not (an agent, an analyst)
 * are refused over REST and over WebSocket exactly as when they send a message there, and the
 * device sees nothing of them.
 */
class OnlyParticipantsSignalIT {
    private static final String PASSWORD = "only participants passphrase";
    static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    @Test
    void anAgentWhoIsNotAParticipantIsRefusedReceiptsAndTypingAsASendIsRefused() throws Exception {
        refusedEverywhere(signedIn("AGENT"), "not-a-participant");
    }

    @Test
    void anAnalystIsRefusedReceiptsAndTypingAsASendIsRefused() throws Exception {
        refusedEverywhere(signedIn("ANALYST"), "action-not-permitted");
    }

    @Test
    void anAgentWhoJoinedRecordsReceiptsAndTypes() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Joined");
        String agent = signedIn("AGENT");
        lifeline.call("PUT", "/api/conversations/" + id + "/participants/me", agent, null);
        try (var phone = TestSocket.connect(lifeline.ws(), device.token());
             var staff = TestSocket.connect(lifeline.ws(), agent)) {
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            staff.send(Map.of("type", "subscribe", "conversationId", id));
            phone.await("subscribed");
            staff.await("subscribed");

            staff.send(Map.of("type", "typing", "conversationId", id, "typing", true));
            staff.send(Map.of("type", "read", "conversationId", id, "upToSequence", 1));

            assertThat(phone.await("typing").path("typing").asBoolean()).isTrue();
            assertThat(phone.await(frame -> "MessagesRead".equals(frame.path("event").path("type").asString())))
                    .isNotNull();
        }
    }

    private static void refusedEverywhere(String staffToken, String code) throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Not yours to mark");
        String path = "/api/conversations/" + id;

        HttpResponse<String> send = lifeline.send("POST", path + "/messages", staffToken,
                Map.of("clientMessageId", "probe-1", "text", "hello"));
        assertThat(send.statusCode()).as(send.body()).isEqualTo(403);
        assertThat(send.body()).contains("\"code\":\"" + code + "\"");
        for (String receipt : List.of("/delivered", "/read")) {
            HttpResponse<String> refused = lifeline.send("POST", path + receipt, staffToken, Map.of("upToSequence", 1));
            assertThat(refused.statusCode()).as(receipt + ": " + refused.body()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).isEqualTo(send.headers().firstValue("Content-Type"));
            assertThat(refused.body()).contains("\"code\":\"" + code + "\"");
        }

        try (var phone = TestSocket.connect(lifeline.ws(), device.token());
             var staff = TestSocket.connect(lifeline.ws(), staffToken)) {
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            staff.send(Map.of("type", "subscribe", "conversationId", id));
            phone.await("subscribed");
            staff.await("subscribed");
            phone.drainQuietly(Duration.ofMillis(500));

            for (Map<String, Object> frame : List.<Map<String, Object>>of(
                    Map.of("type", "typing", "conversationId", id, "typing", true),
                    Map.of("type", "delivered", "conversationId", id, "upToSequence", 1),
                    Map.of("type", "read", "conversationId", id, "upToSequence", 1))) {
                staff.send(frame);
                JsonNode error = staff.await("error");
                assertThat(error.path("code").asString()).as(frame.get("type").toString()).isEqualTo(code);
                assertThat(error.path("conversationId").asString()).isEqualTo(id);
            }

            assertThat(phone.drainQuietly(Duration.ofSeconds(1))).as("the device sees no receipt or signal")
                    .noneMatch(frame -> frame.path("type").asString().equals("typing")
                            || frame.path("type").asString().equals("event"));
        }
        JsonNode stored = lifeline.call("GET", "/api/query/conversations/" + id + "/events", lifeline.adminToken(), null);
        assertThat(stored.path("events")).extracting(event -> event.path("type").asString())
                .containsExactly("ConversationStarted", "MessageSent");
    }

    private static String signedIn(String role) throws Exception {
        String username = "signal-" + UUID.randomUUID().toString().substring(0, 8);
        lifeline.call("POST", "/api/staff", lifeline.adminToken(), Map.of("username", username, "displayName", "Staff",
                "role", role, "password", PASSWORD));
        return lifeline.call("POST", "/api/sessions/staff", null, Map.of("username", username, "password", PASSWORD))
                .path("session").path("token").asString();
    }
}
