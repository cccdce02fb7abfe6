package io.lifeline.bridge.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FramePartsTest {
    private final FrameParts parts = new FrameParts(10);
    private final Map<String, Object> attributes = new HashMap<>();

    @Test
    void aFrameInOnePartIsHandedOnAsItIsAndLeavesNothingBehind() {
        String frame = "{\"a\":1}";

        assertThat(parts.text(attributes, frame, true)).isSameAs(frame);
        assertThat(attributes).isEmpty();
    }

    @Test
    void partsAreJoinedIntoOneFrameOnceTheLastArrives() {
        assertThat(parts.text(attributes, "{\"a\"", false)).isNull();
        assertThat(parts.text(attributes, ":12", false)).isNull();
        assertThat(parts.text(attributes, "3}", true)).isEqualTo("{\"a\":123}");
        assertThat(attributes).isEmpty();
        assertThat(parts.text(attributes, "{}", true)).isEqualTo("{}");
    }

    @Test
    void aFrameOfTheLargestSizeIsAcceptedAndOneCharacterMoreIsRefused() {
        assertThat(parts.text(attributes, "12345", false)).isNull();
        assertThat(parts.text(attributes, "67890", true)).isEqualTo("1234567890");

        parts.text(attributes, "12345", false);
        assertThatThrownBy(() -> parts.text(attributes, "678901", false)).isInstanceOf(FrameParts.FrameTooBig.class)
                .hasMessage("a frame may have at most 10 characters");
        assertThat(attributes).isEmpty();
        assertThatThrownBy(() -> parts.text(attributes, "12345678901", true)).isInstanceOf(FrameParts.FrameTooBig.class);
    }

    @Test
    void binaryFramesAreCountedNotKeptAndRefusedOverTheLargestSize() {
        assertThat(parts.binary(attributes, 4, false)).isFalse();
        assertThat(parts.binary(attributes, 6, true)).isTrue();
        assertThat(attributes).isEmpty();

        parts.binary(attributes, 6, false);
        assertThatThrownBy(() -> parts.binary(attributes, 5, true)).isInstanceOf(FrameParts.FrameTooBig.class)
                .hasMessage("a frame may have at most 10 bytes");
        assertThat(attributes).isEmpty();
    }
}
