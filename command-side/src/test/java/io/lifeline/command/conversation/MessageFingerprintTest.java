package io.lifeline.command.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.conversation.MessageContent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MessageFingerprintTest {

    @Test
    void aTextIsTheSha256OfItsKindAndText() throws Exception {
        String canonical = "TEXT\u0000b:hello\u0000\u0000\u0000";
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(MessageFingerprint.of(MessageContent.text("hello"), null)).isEqualTo(expected);
    }

    @Test
    void eachFingerprintOfAThreadIsItsOwnMessagesAlone() {
        String first = MessageFingerprint.of(MessageContent.text("first"), null);
        String second = MessageFingerprint.of(MessageContent.text("second"), null);

        assertThat(MessageFingerprint.of(MessageContent.text("first"), null)).isEqualTo(first).isNotEqualTo(second);
    }
}
