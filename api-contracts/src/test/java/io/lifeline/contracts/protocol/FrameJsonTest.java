package io.lifeline.contracts.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FrameJsonTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private final String id = UUID.randomUUID().toString();

    @Test
    void clientFramesAreReadByTheirType() {
        ClientFrame frame = json.readValue("{\"type\":\"subscribe\",\"conversationId\":\"" + id + "\",\"after\":41}",
                ClientFrame.class);
        assertThat(frame).isEqualTo(new SubscribeFrame(ConversationId.parse(id), 41L));
    }

    @Test
    void subscribeWithoutAfterAsksForTheWholeConversation() {
        ClientFrame frame = json.readValue("{\"type\":\"subscribe\",\"conversationId\":\"" + id + "\"}", ClientFrame.class);
        assertThat(((SubscribeFrame) frame).after()).isEqualTo(-1L);
    }

    @Test
    void sendFrameCarriesTextContent() {
        ClientFrame frame = json.readValue("{\"type\":\"send\",\"clientId\":\"c-1\",\"conversationId\":\"" + id
                + "\",\"content\":{\"kind\":\"TEXT\",\"body\":\"hello\"}}", ClientFrame.class);
        assertThat(frame).isEqualTo(SendFrame.text(new ClientMessageId("c-1"), ConversationId.parse(id), "hello"));
    }

    @Test
    void serverFramesWriteTheirType() {
        String written = json.writeValueAsString(new PongFrame("p1"));
        assertThat(json.readTree(written).path("type").asString()).isEqualTo("pong");
        assertThat(json.readValue(written, ServerFrame.class)).isEqualTo(new PongFrame("p1"));
    }

    @Test
    void typingTravelsBothWays() {
        var typing = new TypingFrame(ConversationId.parse(id), "device:d-1", false);
        assertThat(json.readValue(json.writeValueAsString(typing), ClientFrame.class)).isEqualTo(typing);
        assertThat(json.readValue(json.writeValueAsString(typing), ServerFrame.class)).isEqualTo(typing);
    }

    @Test
    void unknownFrameTypesAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"type\":\"shout\"}", ClientFrame.class)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void subscribeNeedsAConversation() {
        assertThatThrownBy(() -> json.readValue("{\"type\":\"subscribe\"}", ClientFrame.class))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void aRateLimitedErrorSaysWhenToRetryAndOtherErrorsDoNot() {
        var limited = ErrorFrame.rateLimited("slow down", 12, ConversationId.parse(id), new ClientMessageId("c-1"));
        String written = json.writeValueAsString(limited);
        assertThat(json.readTree(written).path("code").asString()).isEqualTo("rate-limited");
        assertThat(json.readTree(written).path("retryAfterSeconds").asLong()).isEqualTo(12);
        assertThat(json.readValue(written, ServerFrame.class)).isEqualTo(limited);

        var other = json.readValue("{\"type\":\"error\",\"code\":\"not-found\",\"message\":\"no\"}", ServerFrame.class);
        assertThat(other).isEqualTo(ErrorFrame.of("not-found", "no"));
        assertThat(((ErrorFrame) other).retryAfterSeconds()).isNull();
    }
}
