package io.lifeline.contracts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageAccepted;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.protocol.PingFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ChannelJsonTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private final ConversationId conversation = ConversationId.random();
    private final VerifiedCaller agent = new VerifiedCaller("staff", "5f0c", List.of("AGENT"), null, "ana", null);

    @Test
    void aForwardedSendTravelsWithItsCallerAndKeepsItsConversation() {
        var forwarded = new ForwardedFrame(agent, SendFrame.text(new ClientMessageId("c-1"), conversation, "hello"));
        ForwardedFrame read = json.readValue(json.writeValueAsString(forwarded), ForwardedFrame.class);
        assertThat(read).isEqualTo(forwarded);
        assertThat(read.conversationId()).isEqualTo(conversation);
    }

    @Test
    void receiptsAndTypingTravelToo() {
        var receipt = new ForwardedFrame(VerifiedCaller.device("d-1"), new ReadFrame(conversation, 7L));
        var typing = new ForwardedFrame(agent, new TypingFrame(conversation, null, true));
        assertThat(json.readValue(json.writeValueAsString(receipt), ForwardedFrame.class)).isEqualTo(receipt);
        assertThat(json.readValue(json.writeValueAsString(typing), ForwardedFrame.class)).isEqualTo(typing);
    }

    @Test
    void onlyFramesTheCommandSideDecidesOnAreForwarded() {
        assertThatThrownBy(() -> new ForwardedFrame(agent, new PingFrame("p")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void repliesAcceptRefuseOrSimplySayDone() {
        var sent = ChannelReply.sent(new MessageAccepted(conversation, MessageId.random(), 4, false));
        var refused = ChannelReply.refused(new ChannelRefusal(409, "conversation-closed", "closed", null));
        for (ChannelReply reply : List.of(sent, refused, ChannelReply.done())) {
            assertThat(json.readValue(json.writeValueAsString(reply), ChannelReply.class)).isEqualTo(reply);
        }
        assertThat(refused.refusal().unavailable()).isFalse();
        assertThat(new ChannelRefusal(500, "unavailable", "failed", null).unavailable()).isTrue();
    }

    @Test
    void theCallerNeverPrintsMoreThanWhoItIs() {
        assertThat(agent).hasToString("staff:5f0c");
    }
}
