package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The bridge reads a client frame in parts of a small buffer, so an idle connection costs little: a
 * frame that spans parts still arrives whole, and the largest frame accepted is still
 * {@code max-frame-bytes} (16,384 characters by default). Straight to the bridge, past the edge.
 */
class FrameSizeIT {
    private static final int MAX_FRAME_CHARS = 16_384;
    static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    private static URI bridgeDirectly() {
        return URI.create("ws://127.0.0.1:" + lifeline.bridge().port() + "/ws");
    }

    @Test
    void aMessageLongerThanTheReadBufferArrivesWhole() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Long story");
        // Several buffers' worth, with characters of two and three UTF-8 bytes across the parts' borders.
        String body = "Grüße aus dem Süden, 20 € bitte. ".repeat(120);
        try (var phone = TestSocket.connect(bridgeDirectly(), device.token())) {
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            phone.await("subscribed");
            phone.send(Map.of("type", "send", "clientId", "long-1", "conversationId", id,
                    "content", Map.of("kind", "TEXT", "body", body)));
            assertThat(phone.await("ack").path("clientId").asString()).isEqualTo("long-1");
            JsonNode event = phone.await(frame -> frame.path("event").path("type").asString().equals("MessageSent")
                    && frame.path("event").path("payload").path("content").path("body").asString().length() > 100);
            assertThat(event.path("event").path("payload").path("content").path("body").asString()).isEqualTo(body);
        }
    }

    @Test
    void aFrameOfTheLargestSizeIsReadAndOneCharacterMoreEndsTheConnectionAsTooBig() throws Exception {
        try (var socket = TestSocket.connect(bridgeDirectly(), lifeline.adminToken())) {
            socket.send(padded("{\"type\":\"ping\",\"ref\":\"largest\"", MAX_FRAME_CHARS));
            assertThat(socket.await("pong").path("ref").asString()).isEqualTo("largest");

            socket.send(padded("{\"type\":\"ping\",\"ref\":\"one-more\"", MAX_FRAME_CHARS + 1));
            assertThat(socket.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void aBinaryFrameOverTheLargestSizeEndsTheConnectionAsTooBig() throws Exception {
        try (var bystander = TestSocket.connect(bridgeDirectly(), lifeline.adminToken());
             var socket = TestSocket.connect(bridgeDirectly(), lifeline.adminToken())) {
            socket.sendBinary(new byte[MAX_FRAME_CHARS + 1]);
            assertThat(socket.awaitClose()).isEqualTo(1009);
            bystander.send(Map.of("type", "ping", "ref", "still-here"));
            assertThat(bystander.await("pong").path("ref").asString()).isEqualTo("still-here");
        }
    }

    /** A JSON object of exactly {@code length} characters: the opening given, spaces, then the closing brace. */
    private static String padded(String opening, int length) {
        String frame = opening + " ".repeat(length - opening.length() - 1) + "}";
        assertThat(frame).hasSize(length);
        return frame;
    }
}
