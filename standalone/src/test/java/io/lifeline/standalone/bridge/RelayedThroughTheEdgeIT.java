package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real bridge behind the standalone's edge, which relays {@code /ws} as bytes: the largest
 * frame the bridge takes, a message in fragments, the bridge's close code and a browser's token
 * subprotocol arrive as they do at the bridge directly ({@link FrameSizeIT}, {@link TokenSubprotocolIT}).
 */
class RelayedThroughTheEdgeIT {
    private static final int MAX_FRAME_CHARS = 16_384;
    static StandaloneForTests lifeline;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    @Test
    void aFrameOfTheLargestSizePassesAndTheBridgesCloseCodeForOneMoreCharacterReachesTheClient() throws Exception {
        try (var socket = TestSocket.connect(lifeline.ws(), lifeline.adminToken())) {
            socket.send(padded("{\"type\":\"ping\",\"ref\":\"largest\"", MAX_FRAME_CHARS));
            assertThat(socket.await("pong").path("ref").asString()).isEqualTo("largest");

            socket.send(padded("{\"type\":\"ping\",\"ref\":\"one-more\"", MAX_FRAME_CHARS + 1));
            assertThat(socket.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    void aMessageInFragmentsArrivesWholeDirectly() throws Exception {
        try (var socket = TestSocket.connect(URI.create("ws://127.0.0.1:" + lifeline.bridge().port() + "/ws"), lifeline.adminToken())) {
            socket.sendInParts("{\"type\":\"pi", "ng\",\"ref\":\"in-", "parts\"}");
            assertThat(socket.await("pong").path("ref").asString()).isEqualTo("in-parts");
        }
    }

    @Test
    void aMessageInFragmentsArrivesWhole() throws Exception {
        try (var socket = TestSocket.connect(lifeline.ws(), lifeline.adminToken())) {
            socket.sendInParts("{\"type\":\"pi", "ng\",\"ref\":\"in-", "parts\"}");
            assertThat(socket.await("pong").path("ref").asString()).isEqualTo("in-parts");
        }
    }

    @Test
    void theTokenSubprotocolAloneAuthenticatesAndIsNotEchoed() throws Exception {
        try (var browser = TestSocket.withProtocols(lifeline.ws(), List.of("lifeline.bearer." + lifeline.adminToken()),
                lifeline.origin())) {
            assertThat(browser.protocol()).isEmpty();
            browser.send(Map.of("type", "ping", "ref", "browser"));
            assertThat(browser.await("pong").path("ref").asString()).isEqualTo("browser");
        }
    }

    /** A JSON object of exactly {@code length} characters: the opening given, spaces, then the closing brace. */
    private static String padded(String opening, int length) {
        String frame = opening + " ".repeat(length - opening.length() - 1) + "}";
        assertThat(frame).hasSize(length);
        return frame;
    }
}
