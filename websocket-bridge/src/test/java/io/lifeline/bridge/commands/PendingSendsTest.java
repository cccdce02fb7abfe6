package io.lifeline.bridge.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.channel.ChannelRefusal;
import io.lifeline.contracts.channel.ChannelReply;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageAccepted;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.stream.EventEnvelope;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.requestreply.CorrelationKey;
import tools.jackson.databind.json.JsonMapper;

class PendingSendsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ConversationId CONVERSATION = ConversationId.random();
    private static final Actor SENDER = Actor.device(new DeviceId("the-sending-device-0001"));
    private static final ClientMessageId CLIENT_ID = new ClientMessageId("c-1");

    private final PendingSends sends = new PendingSends(JSON, Duration.ofSeconds(10));

    @Test
    void theSendersOwnStoredMessageAnswersItsSendWithTheStoredIdsAndSequence() throws Exception {
        var answer = sends.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));
        MessageId stored = MessageId.random();

        sends.stored(envelope(new MessageSent(CONVERSATION, stored, CLIENT_ID, SENDER, MessageContent.text("hi"), null, false), 7));

        assertThat(answer.get(1, TimeUnit.SECONDS)).isEqualTo(
                ChannelReply.sent(new MessageAccepted(CONVERSATION, stored, 7, false)));
        assertThat(sends.waiting()).isZero();
        assertThat(sends.awaitsReply(correlation(1))).isFalse();
    }

    @Test
    void anotherSendersMessageWithTheSameClientIdDoesNotAnswerIt() {
        var answer = sends.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));

        sends.stored(envelope(new MessageSent(CONVERSATION, MessageId.random(), CLIENT_ID,
                Actor.device(new DeviceId("someone-elses-device-0002")), MessageContent.text("hi"), null, false), 1));
        sends.stored(envelope(new MessageSent(CONVERSATION, MessageId.random(), CLIENT_ID,
                Actor.staff(new StaffId(UUID.randomUUID())), MessageContent.text("hi"), null, false), 2));

        assertThat(answer).isNotDone();
        assertThat(sends.waiting()).isEqualTo(1);
    }

    @Test
    void theSendersMessageWithAnotherClientIdOrInAnotherConversationDoesNotAnswerIt() {
        var answer = sends.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));

        sends.stored(envelope(new MessageSent(CONVERSATION, MessageId.random(), new ClientMessageId("c-2"), SENDER,
                MessageContent.text("hi"), null, false), 1));
        sends.stored(envelope(new MessageSent(ConversationId.random(), MessageId.random(), CLIENT_ID, SENDER,
                MessageContent.text("hi"), null, false), 1));

        assertThat(answer).isNotDone();
    }

    @Test
    void aReplyAnswersTheSendWithItsCorrelationKeyOnly() throws Exception {
        var first = sends.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));
        var second = sends.await(new PendingSends.Key(CONVERSATION, SENDER, new ClientMessageId("c-2")), correlation(2));
        var refused = ChannelReply.refused(new ChannelRefusal(403, "forbidden", "no", null));

        assertThat(sends.replied(correlation(2), refused)).isTrue();

        assertThat(second.get(1, TimeUnit.SECONDS)).isEqualTo(refused);
        assertThat(first).isNotDone();
        assertThat(sends.replied(correlation(2), refused)).as("answered already").isFalse();
        assertThat(sends.waiting()).isEqualTo(1);
    }

    @Test
    void aSendAnsweredNeitherWayTimesOutAndIsForgotten() throws Exception {
        var quick = new PendingSends(JSON, Duration.ofMillis(100));
        CompletableFuture<ChannelReply> answer = quick.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));

        assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
        assertThat(quick.waiting()).isZero();
        quick.stored(envelope(new MessageSent(CONVERSATION, MessageId.random(), CLIENT_ID, SENDER,
                MessageContent.text("late"), null, false), 1)); // nothing waits: ignored
    }

    @Test
    void aSecondSendOfAWaitingClientIdWaitsForItsReplyOnly() throws Exception {
        var key = new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID);
        var first = sends.await(key, correlation(1));
        var second = sends.await(key, correlation(2));
        MessageId stored = MessageId.random();

        sends.stored(envelope(new MessageSent(CONVERSATION, stored, CLIENT_ID, SENDER, MessageContent.text("hi"), null, false), 3));
        sends.replied(correlation(2), ChannelReply.sent(new MessageAccepted(CONVERSATION, stored, 3, true)));

        assertThat(first.get(1, TimeUnit.SECONDS).accepted().duplicate()).isFalse();
        assertThat(second.get(1, TimeUnit.SECONDS).accepted().duplicate()).isTrue();
        assertThat(sends.waiting()).isZero();
    }

    private static CorrelationKey correlation(long n) {
        return new CorrelationKey(java.nio.ByteBuffer.allocate(8).putLong(n).array());
    }

    private static EventEnvelope envelope(MessageSent sent, long sequence) {
        return new EventEnvelope(UUID.randomUUID().toString(), "MessageSent", "1", sent.conversationId().toString(),
                sequence, Instant.now(), sent.author().toString(), null, null, null, JSON.valueToTree(sent));
    }
}
