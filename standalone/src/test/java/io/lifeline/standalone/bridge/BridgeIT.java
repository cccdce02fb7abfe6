package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.standalone.StandaloneForTests;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The WebSocket bridge through the edge, with the real command side, query side, Kafka and PostgreSQL. */
class BridgeIT {
    static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    @Test
    void aDeviceMessageReachesTheAssignedStaffMemberAndTheAnswerReachesTheDevice() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Flat tyre");
        lifeline.assignToAdmin(id);
        try (var staff = TestSocket.connect(lifeline.ws(), lifeline.adminToken());
             var phone = TestSocket.connect(lifeline.ws(), device.token())) {
            staff.send(Map.of("type", "subscribe", "conversationId", id));
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            assertThat(staff.await("subscribed").path("through").asLong()).isEqualTo(2);
            assertThat(phone.await("subscribed").path("through").asLong()).isEqualTo(2);

            phone.send(Map.of("type", "send", "clientId", "p-1", "conversationId", id,
                    "content", Map.of("kind", "TEXT", "body", "stuck on the A7")));
            JsonNode ack = phone.await("ack");
            assertThat(ack.path("clientId").asString()).isEqualTo("p-1");
            assertThat(ack.path("sequence").asLong()).isEqualTo(3);
            JsonNode heard = staff.await(frame -> frame.path("event").path("sequence").asLong() == 3);
            assertThat(heard.path("event").path("type").asString()).isEqualTo("MessageSent");
            assertThat(heard.path("event").path("payload").path("content").path("body").asString()).isEqualTo("stuck on the A7");

            staff.send(Map.of("type", "send", "clientId", "s-1", "conversationId", id,
                    "content", Map.of("kind", "TEXT", "body", "help is on the way")));
            assertThat(staff.await("ack").path("sequence").asLong()).isEqualTo(4);
            JsonNode answer = phone.await(frame -> frame.path("event").path("sequence").asLong() == 4);
            assertThat(answer.path("event").path("payload").path("content").path("body").asString())
                    .isEqualTo("help is on the way");
        }
    }

    @Test
    void theDeviceSeesItsHistoryWithoutStaffOnlyEvents() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Leak");
        lifeline.assignToAdmin(id);
        lifeline.call("POST", "/api/conversations/" + id + "/notes", lifeline.adminToken(), Map.of("text", "calm caller"));
        try (var phone = TestSocket.connect(lifeline.ws(), device.token())) {
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            List<String> types = phone.drainQuietly(java.time.Duration.ofSeconds(2)).stream()
                    .filter(frame -> frame.path("type").asString().equals("event"))
                    .map(frame -> frame.path("event").path("type").asString()).toList();
            assertThat(types).containsExactly("ConversationStarted", "MessageSent");
        }
    }

    @Test
    void resendingAClientIdIsAcknowledgedWithTheFirstMessage() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Twice");
        try (var phone = TestSocket.connect(lifeline.ws(), device.token())) {
            var send = Map.of("type", "send", "clientId", "same", "conversationId", id,
                    "content", Map.of("kind", "TEXT", "body", "once"));
            phone.send(send);
            JsonNode first = phone.await("ack");
            phone.send(send);
            JsonNode second = phone.await("ack");
            assertThat(second.path("messageId")).isEqualTo(first.path("messageId"));
            assertThat(second.path("sequence")).isEqualTo(first.path("sequence"));
            assertThat(second.path("duplicate").asBoolean()).isTrue();
        }
    }

    @Test
    void aClientIdReusedForAnotherMessageIsRefusedWithItsOwnCode() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Reused");
        try (var phone = TestSocket.connect(lifeline.ws(), device.token())) {
            phone.send(Map.of("type", "send", "clientId", "reused", "conversationId", id,
                    "content", Map.of("kind", "TEXT", "body", "the first text")));
            phone.await("ack");
            phone.send(Map.of("type", "send", "clientId", "reused", "conversationId", id,
                    "content", Map.of("kind", "TEXT", "body", "a second text")));
            JsonNode refused = phone.await("error");
            assertThat(refused.path("code").asString()).isEqualTo("client-id-reused");
            assertThat(refused.path("clientId").asString()).isEqualTo("reused");
            assertThat(refused.path("conversationId").asString()).isEqualTo(id);
        }
    }

    @Test
    void aDeviceCannotSubscribeToAnotherDevicesConversation() throws Exception {
        var owner = lifeline.newDevice();
        String id = lifeline.startConversation(owner.token(), "Private");
        var stranger = lifeline.newDevice();
        try (var socket = TestSocket.connect(lifeline.ws(), stranger.token())) {
            socket.send(Map.of("type", "subscribe", "conversationId", id));
            JsonNode foreign = socket.await("error");
            socket.send(Map.of("type", "subscribe", "conversationId", UUID.randomUUID().toString()));
            JsonNode missing = socket.await("error");
            assertThat(foreign.path("code").asString()).isEqualTo("not-found");
            assertThat(missing.path("code").asString()).isEqualTo("not-found");
            assertThat(foreign.path("message").asString().replace(id, "<id>"))
                    .isEqualTo(missing.path("message").asString().replace(missing.path("conversationId").asString(), "<id>"));

            socket.send(Map.of("type", "typing", "conversationId", id));
            assertThat(socket.await("error").path("code").asString()).isEqualTo("not-found");
            socket.send(Map.of("type", "send", "clientId", "x-1", "conversationId", id,
                    "content", Map.of("kind", "TEXT", "body", "let me in")));
            JsonNode refused = socket.await("error");
            assertThat(refused.path("code").asString()).isEqualTo("conversation-not-found"); // the command side's code
            assertThat(refused.path("clientId").asString()).isEqualTo("x-1");
            // Nothing of the conversation ever reached the stranger.
            lifeline.call("POST", "/api/conversations/" + id + "/messages", owner.token(),
                    Map.of("clientMessageId", "o-1", "text", "secret"));
            assertThat(socket.drainQuietly(java.time.Duration.ofSeconds(2)))
                    .noneMatch(frame -> frame.path("type").asString().equals("event"));
        }
    }

    @Test
    void theHandshakeNeedsATokenInAHeaderOrSubprotocolNeverInTheUrl() throws Exception {
        URI bridge = bridgeDirectly();
        assertThatThrownBy(() -> TestSocket.connect(bridge, null)).hasStackTraceContaining("401");
        assertThatThrownBy(() -> TestSocket.connect(URI.create(bridge + "?access_token=" + lifeline.adminToken()), null))
                .hasStackTraceContaining("401");
        assertThatThrownBy(() -> TestSocket.connect(bridge, "not-a-token")).hasStackTraceContaining("401");
        try (var browser = TestSocket.withProtocols(lifeline.ws(),
                List.of("lifeline.v1", "lifeline.bearer." + lifeline.adminToken()), lifeline.origin())) {
            assertThat(browser.protocol()).isEqualTo("lifeline.v1");
            browser.send(Map.of("type", "ping", "ref", "r-1"));
            assertThat(browser.await("pong").path("ref").asString()).isEqualTo("r-1");
        }
    }

    @Test
    void throughTheEdgeARefusedHandshakeIsTheBridgesOwn401() {
        // The edge relays the upgrade to the bridge as bytes, so the bridge's refusal reaches the client as it wrote it.
        assertThatThrownBy(() -> TestSocket.connect(lifeline.ws(), null)).hasStackTraceContaining("401");
    }

    @Test
    void browsersFromOtherOriginsAreRefused() {
        assertThatThrownBy(() -> TestSocket.withProtocols(bridgeDirectly(),
                List.of("lifeline.v1", "lifeline.bearer." + lifeline.adminToken()), "https://evil.example"))
                .hasStackTraceContaining("403");
    }

    private static URI bridgeDirectly() {
        return URI.create("ws://127.0.0.1:" + lifeline.bridge().port() + "/ws");
    }

    @Test
    void badFramesGetAnErrorFrameAndTheConnectionStaysOpen() throws Exception {
        try (var socket = TestSocket.connect(lifeline.ws(), lifeline.adminToken())) {
            socket.send("{not json");
            assertThat(socket.await("error").path("code").asString()).isEqualTo("invalid-frame");
            socket.send(Map.of("type", "shout"));
            assertThat(socket.await("error").path("code").asString()).isEqualTo("invalid-frame");
            socket.send(Map.of("type", "send", "clientId", "has spaces", "conversationId", UUID.randomUUID().toString(),
                    "content", Map.of("kind", "TEXT", "body", "x")));
            JsonNode invalid = socket.await("error");
            assertThat(invalid.path("code").asString()).isEqualTo("invalid-frame");
            assertThat(invalid.path("message").asString()).startsWith("clientMessageId:").doesNotContain("io.lifeline");
            socket.send(Map.of("type", "ping", "ref", "still-here"));
            assertThat(socket.await("pong").path("ref").asString()).isEqualTo("still-here");
        }
    }

    @Test
    void onlyStaffHaveAnInboxStreamAndItCarriesNewConversations() throws Exception {
        var device = lifeline.newDevice();
        try (var phone = TestSocket.connect(lifeline.ws(), device.token());
             var inbox = TestSocket.connect(lifeline.ws(), lifeline.adminToken())) {
            phone.send(Map.of("type", "subscribe-inbox"));
            assertThat(phone.await("error").path("code").asString()).isEqualTo("forbidden");
            inbox.send(Map.of("type", "subscribe-inbox"));
            // The first presence frame may come before this connection's own announcement has gone round Kafka.
            inbox.await(frame -> frame.path("type").asString().equals("presence")
                    && frame.path("online").toString().contains(lifeline.adminId()));
            String id = lifeline.startConversation(device.token(), "New one");
            JsonNode started = inbox.await(frame -> frame.path("event").path("conversationId").asString().equals(id));
            assertThat(started.path("event").path("type").asString()).isEqualTo("ConversationStarted");
        }
    }

    @Test
    void typingReachesTheOtherPartyAndIsNeverStored() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Typing");
        try (var staff = TestSocket.connect(lifeline.ws(), lifeline.adminToken());
             var phone = TestSocket.connect(lifeline.ws(), device.token())) {
            staff.send(Map.of("type", "subscribe", "conversationId", id));
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            staff.await("subscribed");
            phone.await("subscribed");
            phone.send(Map.of("type", "typing", "conversationId", id, "typing", true));
            JsonNode typing = staff.await("typing");
            assertThat(typing.path("actor").asString()).isEqualTo("device:" + device.publicId());
            assertThat(typing.path("typing").asBoolean()).isTrue();
            JsonNode stored = lifeline.call("GET", "/api/query/conversations/" + id + "/events", lifeline.adminToken(), null);
            assertThat(stored.path("events")).extracting(event -> event.path("type").asString())
                    .containsExactly("ConversationStarted", "MessageSent");
        }
    }

    @Test
    void aHugeFrameEndsOnlyItsOwnConnection() throws Exception {
        try (var bystander = TestSocket.connect(lifeline.ws(), lifeline.adminToken());
             var flooder = TestSocket.connect(lifeline.ws(), lifeline.adminToken())) {
            try {
                flooder.send("{\"type\":\"ping\",\"ref\":\"" + "x".repeat(200_000) + "\"}");
            } catch (java.util.concurrent.CompletionException hungUpMidFrame) {
                // the bridge may close before the whole frame is written
            }
            // too big (1009); a protocol error (1002) when the edge reads a frame cut off mid-way; or no reason at all
            assertThat(flooder.awaitClose()).isIn(1009, 1002, 1006, 1005);
            bystander.send(Map.of("type", "ping", "ref", "still-here"));
            assertThat(bystander.await("pong").path("ref").asString()).isEqualTo("still-here");
        }
    }

    @Test
    void aBinaryFrameIsAnsweredWithAnErrorFrameAndTheConnectionStaysOpen() throws Exception {
        try (var socket = TestSocket.connect(lifeline.ws(), lifeline.adminToken())) {
            socket.sendBinary("{\"type\":\"ping\",\"ref\":\"binary\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            JsonNode error = socket.await("error");
            assertThat(error.path("code").asString()).isEqualTo("invalid-frame");
            assertThat(error.path("message").asString()).contains("binary frames are not part of the protocol");
            socket.send(Map.of("type", "ping", "ref", "after-binary"));
            assertThat(socket.await("pong").path("ref").asString()).isEqualTo("after-binary");
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void scriptInAMessageStaysTypedTextEverywhere() throws Exception {
        String payload = "<script>alert(1)</script><img src=x onerror=alert(document.cookie)>";
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Inert");
        try (var staff = TestSocket.connect(lifeline.ws(), lifeline.adminToken())) {
            staff.send(Map.of("type", "subscribe", "conversationId", id));
            staff.await("subscribed");
            lifeline.call("POST", "/api/conversations/" + id + "/messages", device.token(),
                    Map.of("clientMessageId", "xss", "text", payload));
            JsonNode live = staff.await(frame -> frame.path("event").path("type").asString().equals("MessageSent")
                    && frame.path("event").path("payload").path("clientMessageId").asString().equals("xss"));
            assertThat(live.path("event").path("payload").path("content").path("body").asString()).isEqualTo(payload);
        }
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        URI.create(lifeline.base() + "/api/query/conversations/" + id + "/events"))
                .header("Authorization", "Bearer " + device.token()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        // Served as JSON data that a browser will not sniff into HTML; the text comes back exactly as typed.
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body()).path("events")
                .findValues("body").stream().map(JsonNode::asString)).contains(payload);
    }
}
