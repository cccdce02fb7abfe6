package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.standalone.StandaloneForTests;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every WebSocket frame that takes an id answers someone else's id exactly as it answers an id that
 * does not exist: the same frames, but for the id itself. Each frame type gets a fresh stranger on
 * its own connection.
 */
class SomeoneElsesIdFramesIT {
    private static final Duration QUIET = Duration.ofSeconds(1);
    static StandaloneForTests lifeline;
    static String theirs;
    static String theirMessage;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
        var someoneElses = lifeline.someoneElsesConversation();
        theirs = someoneElses.conversationId();
        theirMessage = someoneElses.messageId();
    }

    @TestFactory
    Stream<DynamicTest> aFrameAboutAnotherDevicesConversationIsAnsweredLikeOneAboutNone() {
        List<Map<String, Object>> frames = List.of(
                Map.of("type", "subscribe", "conversationId", "{id}"),
                Map.of("type", "unsubscribe", "conversationId", "{id}"),
                Map.of("type", "typing", "conversationId", "{id}"),
                Map.of("type", "delivered", "conversationId", "{id}", "upToSequence", 1),
                Map.of("type", "read", "conversationId", "{id}", "upToSequence", 1),
                Map.of("type", "send", "clientId", "probe-1", "conversationId", "{id}",
                        "content", Map.of("kind", "TEXT", "body", "let me in")));
        return frames.stream().map(frame -> DynamicTest.dynamicTest(frame.get("type") + " frame", () -> {
            String none = UUID.randomUUID().toString();
            try (var stranger = TestSocket.connect(lifeline.ws(), lifeline.newDevice().token())) {
                List<String> foreign = answers(stranger, with(frame, "{id}", theirs), theirs);
                List<String> missing = answers(stranger, with(frame, "{id}", none), none);
                assertThat(foreign).isEqualTo(missing);
                assertThat(foreign).noneMatch(answer -> answer.contains("\"type\":\"event\"")
                        || answer.contains("\"type\":\"subscribed\"") || answer.contains("\"type\":\"ack\""));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> aReplyToAnotherConversationsMessageIsAnsweredLikeAReplyToNone() {
        return Stream.of(DynamicTest.dynamicTest("send frame replying to their message", () -> {
            var stranger = lifeline.newDevice();
            String mine = lifeline.startConversation(stranger.token(), "Mine");
            String none = UUID.randomUUID().toString();
            Map<String, Object> reply = Map.of("type", "send", "clientId", "reply-1", "conversationId", mine,
                    "replyTo", "{message}", "content", Map.of("kind", "TEXT", "body", "me too"));
            try (var socket = TestSocket.connect(lifeline.ws(), stranger.token())) {
                List<String> foreign = answers(socket, with(reply, "{message}", theirMessage), theirMessage);
                List<String> missing = answers(socket, with(reply, "{message}", none), none);
                assertThat(foreign).hasSize(1).first().asString().contains("\"code\":\"unknown-message\"");
                assertThat(foreign).isEqualTo(missing);
            }
        }));
    }

    /** Every frame the bridge answers with, each written with the id as a placeholder. */
    private static List<String> answers(TestSocket socket, Map<String, Object> frame, String id) throws InterruptedException {
        socket.send(frame);
        return socket.drainQuietly(QUIET).stream().map(JsonNode::toString).map(answer -> answer.replace(id, "<id>")).toList();
    }

    private static Map<String, Object> with(Map<String, Object> frame, String placeholder, String id) {
        var filled = new java.util.LinkedHashMap<String, Object>();
        frame.forEach((key, value) -> filled.put(key, placeholder.equals(value) ? id : value));
        return filled;
    }
}
