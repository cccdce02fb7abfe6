package io.lifeline.bridge.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.protocol.ClientFrame;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** What a client is told about a frame the bridge could not read, from the parser's real failures. */
class InvalidFramesTest {
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String CONVERSATION = "\"conversationId\":\"" + UUID.randomUUID() + "\"";
    private static final String GENERAL_HINT = "not a frame of the Lifeline protocol";

    static Stream<String> unreadableFrames() {
        return Stream.of(
                "{not json",
                "[]",
                "{}",
                "{\"type\":\"shout\"}",
                "{\"type\":\"subscribe\"}",
                "{\"type\":\"subscribe\",\"conversationId\":\"not-a-uuid\"}",
                "{\"type\":\"subscribe\"," + CONVERSATION + ",\"after\":-7}",
                "{\"type\":\"subscribe\"," + CONVERSATION + ",\"after\":\"soon\"}",
                "{\"type\":\"read\"," + CONVERSATION + "}",
                "{\"type\":\"ping\",\"ref\":{}}",
                send("\"clientId\":\"has spaces\"", "{\"kind\":\"TEXT\",\"body\":\"x\"}"),
                send("\"clientId\":\"a\"", "{\"kind\":\"TEXT\",\"body\":\"  \"}"),
                send("\"clientId\":\"a\"", "{\"kind\":\"SHOUT\",\"body\":\"x\"}"),
                send("\"clientId\":\"a\"", "{\"kind\":\"IMAGE\",\"attachment\":{}}"),
                send("\"clientId\":\"a\"", "{\"kind\":\"LOCATION\",\"location\":{\"latitude\":500,\"longitude\":0}}"),
                send("\"clientId\":\"a\"", "\"hello\""));
    }

    @ParameterizedTest
    @MethodSource("unreadableFrames")
    void theDescriptionNeverNamesTheCodesClassesNorQuotesTheParser(String frame) {
        assertThat(describe(frame)).isNotBlank()
                .doesNotContain("io.lifeline", "tools.jackson", "java.", "Exception", "Source:", "REDACTED");
    }

    @Test
    void aValueObjectsRuleIsPassedOnAsItIsWritten() {
        assertThat(describe(send("\"clientId\":\"has spaces\"", "{\"kind\":\"TEXT\",\"body\":\"x\"}")))
                .isEqualTo("clientMessageId: has 1 to 64 letters, digits or . _ : -");
        assertThat(describe(send("\"clientId\":\"a\"", "{\"kind\":\"TEXT\",\"body\":\"  \"}")))
                .isEqualTo("text: must not be blank");
        assertThat(describe(send("\"clientId\":\"a\"", "{\"kind\":\"LOCATION\",\"location\":{\"latitude\":500,\"longitude\":0}}")))
                .isEqualTo("location.latitude: must be between -90 and 90");
        assertThat(describe("{\"type\":\"subscribe\"," + CONVERSATION + ",\"after\":-7}"))
                .isEqualTo("after is a sequence (0 or more) or -1 for the whole conversation");
    }

    @Test
    void aCharacterThatCannotBeStoredIsNamedWithItsFieldAndNeverEchoed() {
        assertThat(describe(send("\"clientId\":\"a\"", "{\"kind\":\"TEXT\",\"body\":\"a\\u0000b\"}")))
                .isEqualTo("text: holds the control character U+0000 at character 2; of the control characters only "
                        + "newline, carriage return and tab may be here");
    }

    @Test
    void aMissingFieldIsNamed() {
        assertThat(describe("{\"type\":\"subscribe\"}")).isEqualTo("conversationId is required");
        assertThat(describe("{\"type\":\"delivered\"," + CONVERSATION + "}")).isEqualTo("upToSequence is required");
        assertThat(describe(send("\"clientId\":\"a\"", "{\"body\":\"x\"}"))).isEqualTo("kind is required");
    }

    @Test
    void whatIsNoFrameAtAllGetsTheFrameTypesListed() {
        assertThat(describe("{not json")).startsWith(GENERAL_HINT).contains("subscribe", "send", "ping");
        assertThat(describe("{\"type\":\"shout\"}")).startsWith(GENERAL_HINT);
        assertThat(describe("{\"type\":\"subscribe\",\"conversationId\":\"not-a-uuid\"}")).startsWith(GENERAL_HINT);
    }

    @Test
    void aRuleMessageThatNamesAClassIsNotPassedOn() {
        var wrapped = new RuntimeException("outer",
                new IllegalArgumentException("Cannot construct instance of `io.lifeline.contracts.conversation.MessageBody`"));

        assertThat(InvalidFrames.describe(wrapped)).startsWith(GENERAL_HINT);
    }

    @Test
    void aNullPointerTheJvmDescribesIsNotPassedOnAsAMissingField() {
        NullPointerException jvm = jvmNullPointer();
        assertThat(jvm.getMessage()).as("the JVM's own description").contains("String.length()");

        assertThat(InvalidFrames.describe(new RuntimeException("outer", jvm))).startsWith(GENERAL_HINT);
        assertThat(InvalidFrames.describe(new NullPointerException())).startsWith(GENERAL_HINT);
    }

    private static String describe(String frame) {
        RuntimeException[] unreadable = new RuntimeException[1];
        assertThatThrownBy(() -> json.readValue(frame, ClientFrame.class)).as(frame)
                .isInstanceOf(RuntimeException.class).satisfies(thrown -> unreadable[0] = (RuntimeException) thrown);
        return InvalidFrames.describe(unreadable[0]);
    }

    private static String send(String clientId, String content) {
        return "{\"type\":\"send\"," + clientId + "," + CONVERSATION + ",\"content\":" + content + "}";
    }

    @SuppressWarnings("null")
    private static NullPointerException jvmNullPointer() {
        String missing = null;
        try {
            missing.length();
        } catch (NullPointerException thrown) {
            return thrown;
        }
        throw new AssertionError("no null pointer");
    }
}
