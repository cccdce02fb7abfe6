package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.protocol.CloseCodes;
import io.lifeline.standalone.StandaloneForTests;
import io.lifeline.standalone.services.RunningService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        lifeline.assignToAdmin(id);
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
        // The stalled client is a raw socket with a small, fixed receive buffer (which also turns the
        // kernel's autotuning off): what it does not read must pile up on the bridge, as for a phone
        // that stopped reading, rather than in tens of megabytes of loopback buffers.
        try (var stalled = new java.net.Socket();
             var fast = TestSocket.connect(ws(small), device.token())) {
            stalled.setReceiveBufferSize(4_096);
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", small.port()));
            stalled.setSoTimeout(30_000);
            var in = new java.io.DataInputStream(stalled.getInputStream());
            handshake(stalled, in, lifeline.adminToken());
            sendText(stalled, "{\"type\":\"subscribe-inbox\"}");
            fast.send(Map.of("type", "subscribe", "conversationId", id));
            fast.await("subscribed");
            int messages = 1_500; // about 6 MB: more than the bridge's socket buffer and the stalled outbox hold
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

            // Reading again, the stalled client finds that the bridge gave up on it: 4008 when the close
            // frame got through, the connection simply ended (1006) when its socket was still full.
            int events = 0;
            int closeCode = 1006;
            try {
                while (true) {
                    int first = in.readUnsignedByte();
                    long length = in.readUnsignedByte() & 0x7f;
                    if (length == 126) {
                        length = in.readUnsignedShort();
                    } else if (length == 127) {
                        length = in.readLong();
                    }
                    byte[] payload = in.readNBytes((int) length);
                    if ((first & 0x0f) == 0x8) {
                        closeCode = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
                        break;
                    }
                    if ((first & 0x0f) == 0x1 && new String(payload, java.nio.charset.StandardCharsets.UTF_8)
                            .startsWith("{\"type\":\"event\"")) {
                        events++;
                    }
                }
            } catch (java.io.EOFException | java.net.SocketException ended) {
                // the bridge closed the connection without a close frame
            }
            assertThat(closeCode).isIn(CloseCodes.RESUME, 1006);
            assertThat(events).isLessThan(messages);
        }
    }

    /** The WebSocket opening handshake over a raw socket, as a staff member. */
    private static void handshake(java.net.Socket raw, java.io.DataInputStream in, String token) throws Exception {
        String key = java.util.Base64.getEncoder().encodeToString(new byte[16]);
        raw.getOutputStream().write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) in.readUnsignedByte());
        }
        assertThat(head.toString()).startsWith("HTTP/1.1 101");
    }

    /** One short text frame, masked as a client's frames must be (RFC 6455). */
    private static void sendText(java.net.Socket raw, String text) throws java.io.IOException {
        byte[] payload = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        var frame = new java.io.ByteArrayOutputStream();
        frame.write(0x81);
        frame.write(0x80 | payload.length); // short frames only: under 126 bytes
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        raw.getOutputStream().write(frame.toByteArray());
    }

    @Test
    void aConnectionThatStopsAnsweringPingsIsClosed() throws Exception {
        // A raw socket: it completes the handshake, then neither sends nor answers anything, like a
        // phone that dropped off the network without closing.
        try (var raw = new java.net.Socket("127.0.0.1", watchful.port())) {
            raw.setSoTimeout(30_000);
            var in = new java.io.DataInputStream(raw.getInputStream());
            handshake(raw, in, lifeline.adminToken());
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
