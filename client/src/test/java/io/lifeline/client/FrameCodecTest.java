package io.lifeline.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.AckFrame;
import io.lifeline.contracts.protocol.EventFrame;
import io.lifeline.contracts.protocol.SubscribeFrame;
import io.lifeline.contracts.protocol.SubscribedFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FrameCodecTest {
    private final FrameCodec codec = new FrameCodec();
    private final ConversationId conversation = ConversationId.random();

    @Test
    void clientFramesAreWrittenWithTheirType() {
        var json = JsonMapper.builder().build().readTree(codec.encode(new SubscribeFrame(conversation, 4L)));

        assertThat(json.path("type").asString()).isEqualTo("subscribe");
        assertThat(json.path("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(json.path("after").asLong()).isEqualTo(4);
    }

    @Test
    void absentValuesAreLeftOut() {
        var json = JsonMapper.builder().build().readTree(codec.encode(new TypingFrame(conversation, null, true)));

        assertThat(json.has("actor")).isFalse();
        assertThat(json.path("typing").asBoolean()).isTrue();
    }

    @Test
    void aMissingOrNullNumberReadsAsZero() {
        var frame = codec.decode("{\"type\":\"subscribed\",\"conversationId\":\"" + conversation + "\",\"through\":null}");

        assertThat(frame).contains(new SubscribedFrame(conversation, 0));
        assertThat(codec.decode("{\"type\":\"ack\",\"clientId\":\"c-1\"}"))
                .hasValueSatisfying(ack -> assertThat(((AckFrame) ack).duplicate()).isFalse());
    }

    @Test
    void fieldsAndTypesANewerBridgeAddsAreSkipped() {
        assertThat(codec.decode("{\"type\":\"subscribed\",\"conversationId\":\"" + conversation
                + "\",\"through\":3,\"shard\":7}")).contains(new SubscribedFrame(conversation, 3));
        assertThat(codec.decode("{\"type\":\"weather\",\"sunny\":true}")).isEmpty();
        assertThat(codec.decode("[1,2")).isEmpty();
    }

    @Test
    void anEventCarriesItsEnvelope() {
        var frame = codec.decode("{\"type\":\"event\",\"event\":{\"eventId\":\"e-1\",\"type\":\"MessageSent\","
                + "\"revision\":\"1\",\"conversationId\":\"" + conversation + "\",\"sequence\":5,"
                + "\"timestamp\":\"2026-11-23T12:00:00Z\",\"actor\":\"device:d-1\",\"payload\":{\"urgent\":false}}}");

        assertThat(frame).hasValueSatisfying(event -> {
            var envelope = ((EventFrame) event).event();
            assertThat(envelope.sequence()).isEqualTo(5);
            assertThat(envelope.payload().path("urgent").isBoolean()).isTrue();
        });
    }
}
