package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.services.RunningService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Bridges beside the one behind the edge, as a distributed deployment runs them: clients of one
 * conversation on different bridges, and a bridge with a small outbox that must shed a stalled
 * client without holding up a fast one.
 */
class SeveralBridgesIT {
    static StandaloneForTests lifeline;
    static RunningService second;
    static RunningService small;
    static RunningService watchful;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
        second = lifeline.bridges().start(0);
        small = lifeline.bridges().start(0, "--lifeline.bridge.outbox-capacity=16", "--lifeline.bridge.send-timeout=PT2S");
        watchful = lifeline.bridges().start(0, "--lifeline.bridge.heartbeat-interval=PT0.5S",
                "--lifeline.bridge.idle-timeout=PT3S");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (small != null) {
            small.close();
        }
        if (watchful != null) {
            watchful.close();
        }
    }

    @Test
    void clientsOfOneConversationOnTwoBridgesBothReceiveEveryEvent() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Two bridges");
        lifeline.call("PUT", "/api/conversations/" + id + "/assignee", lifeline.adminToken(),
                Map.of("staffId", lifeline.adminId()));
        try (var staff = TestSocket.connect(lifeline.ws(), lifeline.adminToken());
             var phone = TestSocket.connect(ws(second), device.token())) {
            staff.send(Map.of("type", "subscribe", "conversationId", id));
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            staff.await("subscribed");
            phone.await("subscribed");
            for (int i = 0; i < 20; i++) {
                var who = i % 2 == 0 ? phone : staff;
                who.send(Map.of("type", "send", "clientId", "c-" + i, "conversationId", id,
                        "content", Map.of("kind", "TEXT", "body", "message " + i)));
                who.await("ack");
            }
            phone.send(Map.of("type", "typing", "conversationId", id));
            staff.await(frame -> frame.path("type").asString().equals("typing")
                    && frame.path("actor").asString().equals("device:" + device.publicId()));

            assertThat(sequences(staff)).isEqualTo(range(0, 23));
            List<Long> deviceSees = range(0, 23);
            deviceSees.remove(Long.valueOf(2)); // the assignment is staff organisation
            assertThat(sequences(phone)).isEqualTo(deviceSees);
        }
    }

    @Test
    void aStalledClientIsToldToResumeWhileAFastOneReceivesEverything() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Slow and fast");
        String body = "x".repeat(3_900);
        try (var stalled = TestSocket.stalled(ws(small), lifeline.adminToken());
             var fast = TestSocket.connect(ws(small), device.token())) {
            stalled.send(Map.of("type", "subscribe-inbox"));
            fast.send(Map.of("type", "subscribe", "conversationId", id));
            fast.await("subscribed");
            int messages = 3_000; // about 12 MB: more than the loopback socket buffers (autotuned to several MB) and the outbox hold
            var senders = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                String clientId = "m-" + i;
                sent.add(senders.submit(() -> lifeline.resend("POST", "/api/conversations/" + id + "/messages",
                        device.token(), Map.of("clientMessageId", clientId, "text", body))));
            }
            for (var each : sent) {
                each.get();
            }
            senders.shutdown();
            // The fast client hears every message although the stalled one has not read for a long while.
            fast.await(frame -> frame.path("event").path("sequence").asLong() == messages + 1);

            stalled.resume();
            List<JsonNode> got = stalled.drainQuietly(Duration.ofSeconds(3));
            // The bridge gave up on it: 4008 when the close frame gets through, 1006 when its socket was still full.
            assertThat(stalled.awaitClose()).isIn(CloseCodes.RESUME, 1006);
            assertThat(got.stream().filter(frame -> frame.path("type").asString().equals("event"))).hasSizeLessThan(messages);
        }
    }

    @Test
    void aConnectionThatStopsAnsweringPingsIsClosed() throws Exception {
        // A raw socket: it completes the handshake, then neither sends nor answers anything, like a
        // phone that dropped off the network without closing.
        try (var raw = new java.net.Socket("127.0.0.1", watchful.port())) {
            raw.setSoTimeout(30_000);
            String key = java.util.Base64.getEncoder().encodeToString(new byte[16]);
            raw.getOutputStream().write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                    + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                    + "Authorization: Bearer " + lifeline.adminToken() + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var in = new java.io.DataInputStream(raw.getInputStream());
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                head.append((char) in.readUnsignedByte());
            }
            assertThat(head.toString()).startsWith("HTTP/1.1 101");
            List<Integer> opcodes = new ArrayList<>();
            int closeCode = -1;
            while (closeCode < 0) {
                int first = in.readUnsignedByte();
                int length = in.readUnsignedByte() & 0x7f;
                byte[] payload = in.readNBytes(length);
                opcodes.add(first & 0x0f);
                if ((first & 0x0f) == 0x8) {
                    closeCode = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
                }
            }
            assertThat(opcodes).contains(0x9); // pinged first
            assertThat(closeCode).isEqualTo(1001);
        }
    }

    private static URI ws(RunningService bridge) {
        return URI.create("ws://127.0.0.1:" + bridge.port() + "/ws");
    }

    private static List<Long> sequences(TestSocket socket) throws InterruptedException {
        return socket.eventSequences();
    }

    private static List<Long> range(long from, long toExclusive) {
        List<Long> all = new ArrayList<>();
        for (long sequence = from; sequence < toExclusive; sequence++) {
            all.add(sequence);
        }
        return all;
    }
}
