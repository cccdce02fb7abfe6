package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.services.RunningService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A bridge with tiny limits beside the shared system, reached directly from loopback (a trusted
 * proxy), so each client's {@code X-Forwarded-For} stands for an address of its own. The handshake
 * counts as one request against the caller and the address, every frame as one more.
 */
class RateLimitIT {
    static StandaloneForTests lifeline;
    static RunningService limited;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
        limited = lifeline.bridges().start(0, "--lifeline.rate-limit.enabled=true",
                // A device refills one frame every five seconds; an address not at all while a test runs.
                "--lifeline.rate-limit.device.per-minute=12", "--lifeline.rate-limit.device.burst=5",
                "--lifeline.rate-limit.staff.per-minute=12", "--lifeline.rate-limit.staff.burst=50",
                "--lifeline.rate-limit.address.per-minute=1", "--lifeline.rate-limit.address.burst=20");
        awaitReady();
    }

    @AfterAll
    static void stop() {
        if (limited != null) {
            limited.close();
        }
    }

    @Test
    void aBurstOfFramesIsAnsweredWithRateLimitedErrorsWhileTheConnectionStaysOpen() throws Exception {
        var device = lifeline.newDevice();
        var other = lifeline.newDevice();
        try (var phone = TestSocket.connectFrom(ws(), device.token(), "203.0.113.1");
             var neighbour = TestSocket.connectFrom(ws(), other.token(), "203.0.113.2")) {
            for (int i = 0; i < 10; i++) {
                phone.send(Map.of("type", "ping", "ref", "p-" + i));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(phone.await(frame -> frame.path("type").asString().matches("pong|error")));
            }

            // The handshake took one of the five; a refill (one per five seconds) may add one more.
            List<String> ponged = answers.stream().filter(frame -> frame.path("type").asString().equals("pong"))
                    .map(frame -> frame.path("ref").asString()).toList();
            assertThat(ponged).hasSizeBetween(4, 5).containsExactlyElementsOf(List.of("p-0", "p-1", "p-2", "p-3", "p-4")
                    .subList(0, ponged.size()));
            List<JsonNode> refused = answers.subList(ponged.size(), answers.size());
            assertThat(refused).allSatisfy(error -> {
                assertThat(error.path("type").asString()).isEqualTo("error");
                assertThat(error.path("code").asString()).isEqualTo("rate-limited");
                assertThat(error.path("message").asString()).contains("device");
                assertThat(error.path("retryAfterSeconds").asLong()).isBetween(1L, 5L);
            });

            neighbour.send(Map.of("type", "ping", "ref", "n-1"));
            assertThat(neighbour.await("pong").path("ref").asString()).isEqualTo("n-1");

            Thread.sleep(refused.get(refused.size() - 1).path("retryAfterSeconds").asLong() * 1000 + 200);
            phone.send(Map.of("type", "ping", "ref", "after-the-pause"));
            assertThat(phone.await("pong").path("ref").asString()).isEqualTo("after-the-pause");
        }
    }

    @Test
    void aDroppedSendNamesItsClientIdAndIsStoredOnlyWhenSentAgain() throws Exception {
        var device = lifeline.newDevice();
        String conversation = lifeline.startConversation(device.token(), "Too fast");
        try (var phone = TestSocket.connectFrom(ws(), device.token(), "203.0.113.5")) {
            List<JsonNode> answers = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                phone.send(send(conversation, "g-" + i));
                answers.add(phone.await(frame -> frame.path("type").asString().matches("ack|error")));
            }

            assertThat(answers.subList(0, 4)).allSatisfy(ack -> assertThat(ack.path("type").asString()).isEqualTo("ack"));
            JsonNode dropped = answers.get(4);
            assertThat(dropped.path("code").asString()).isEqualTo("rate-limited");
            assertThat(dropped.path("clientId").asString()).isEqualTo("g-5");
            assertThat(dropped.path("conversationId").asString()).isEqualTo(conversation);

            Thread.sleep(dropped.path("retryAfterSeconds").asLong() * 1000 + 200);
            phone.send(send(conversation, "g-5"));
            JsonNode ack = phone.await("ack");
            assertThat(ack.path("clientId").asString()).isEqualTo("g-5");
            assertThat(ack.path("duplicate").asBoolean()).isFalse();
        }
    }

    @Test
    void everyConnectionFromOneAddressSharesItsLimit() throws Exception {
        try (var first = TestSocket.connectFrom(ws(), lifeline.adminToken(), "203.0.113.3")) {
            for (int i = 0; i < 19; i++) { // the handshake was the twentieth
                first.send(Map.of("type", "ping", "ref", "a-" + i));
                assertThat(first.await(frame -> frame.path("type").asString().matches("pong|error")).path("type").asString())
                        .isEqualTo("pong");
            }
            first.send(Map.of("type", "ping", "ref", "one-too-many"));
            JsonNode refused = first.await("error");
            assertThat(refused.path("code").asString()).isEqualTo("rate-limited");
            assertThat(refused.path("message").asString()).contains("address");

            try (var elsewhere = TestSocket.connectFrom(ws(), lifeline.adminToken(), "203.0.113.4")) {
                elsewhere.send(Map.of("type", "ping", "ref", "e-1"));
                assertThat(elsewhere.await("pong").path("ref").asString()).isEqualTo("e-1");
            }
        }
    }

    private static Map<String, Object> send(String conversation, String clientId) {
        return Map.of("type", "send", "clientId", clientId, "conversationId", conversation,
                "content", Map.of("kind", "TEXT", "body", "message " + clientId));
    }

    private static URI ws() {
        return URI.create("ws://127.0.0.1:" + limited.port() + "/ws");
    }

    /**
     * A new bridge takes connections once its Kafka partitions are assigned; until then it answers
     * 503. Every attempt counts, so each comes from a device and an address of its own.
     */
    private static void awaitReady() throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (int attempt = 0; ; attempt++) {
            try (var probe = TestSocket.connectFrom(ws(), lifeline.newDevice().token(), "198.51.100." + (attempt % 250))) {
                return;
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }
}
