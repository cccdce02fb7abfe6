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
import io.lifeline.contracts.timing.SendHops;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.requestreply.CorrelationKey;
import tools.jackson.databind.json.JsonMapper;

class PendingSendsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ConversationId CONVERSATION = ConversationId.random();
    private static final Actor SENDER = Actor.device(new DeviceId("the-sending-device-0001"));
    private static final ClientMessageId CLIENT_ID = new ClientMessageId("c-1");
    private static final Instant PUBLISHED = Instant.now();

    private final PendingSends sends = new PendingSends(JSON, Duration.ofSeconds(10));

    @Test
    void theSendersOwnStoredMessageAnswersItsSendWithTheStoredIdsAndSequence() throws Exception {
        var answer = sends.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));
        MessageId stored = MessageId.random();

        sends.stored(envelope(new MessageSent(CONVERSATION, stored, CLIENT_ID, SENDER, MessageContent.text("hi"), null, false), 7), PUBLISHED);

        assertThat(answer.get(1, TimeUnit.SECONDS)).isEqualTo(
                ChannelReply.sent(new MessageAccepted(CONVERSATION, stored, 7, false)));
        assertThat(sends.waiting()).isZero();
        assertThat(sends.awaitsReply(correlation(1))).isFalse();
    }

    @Test
    void anotherSendersMessageWithTheSameClientIdDoesNotAnswerIt() {
        var answer = sends.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));

        sends.stored(envelope(new MessageSent(CONVERSATION, MessageId.random(), CLIENT_ID,
                Actor.device(new DeviceId("someone-elses-device-0002")), MessageContent.text("hi"), null, false), 1), PUBLISHED);
        sends.stored(envelope(new MessageSent(CONVERSATION, MessageId.random(), CLIENT_ID,
                Actor.staff(new StaffId(UUID.randomUUID())), MessageContent.text("hi"), null, false), 2), PUBLISHED);

        assertThat(answer).isNotDone();
        assertThat(sends.waiting()).isEqualTo(1);
    }

    @Test
    void theSendersMessageWithAnotherClientIdOrInAnotherConversationDoesNotAnswerIt() {
        var answer = sends.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));

        sends.stored(envelope(new MessageSent(CONVERSATION, MessageId.random(), new ClientMessageId("c-2"), SENDER,
                MessageContent.text("hi"), null, false), 1), PUBLISHED);
        sends.stored(envelope(new MessageSent(ConversationId.random(), MessageId.random(), CLIENT_ID, SENDER,
                MessageContent.text("hi"), null, false), 1), PUBLISHED);

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
                MessageContent.text("late"), null, false), 1), PUBLISHED); // nothing waits: ignored
    }

    @Test
    void aSecondSendOfAWaitingClientIdWaitsForItsReplyOnly() throws Exception {
        var key = new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID);
        var first = sends.await(key, correlation(1));
        var second = sends.await(key, correlation(2));
        MessageId stored = MessageId.random();

        sends.stored(envelope(new MessageSent(CONVERSATION, stored, CLIENT_ID, SENDER, MessageContent.text("hi"), null, false), 3), PUBLISHED);
        sends.replied(correlation(2), ChannelReply.sent(new MessageAccepted(CONVERSATION, stored, 3, true)));

        assertThat(first.get(1, TimeUnit.SECONDS).accepted().duplicate()).isFalse();
        assertThat(second.get(1, TimeUnit.SECONDS).accepted().duplicate()).isTrue();
        assertThat(sends.waiting()).isZero();
    }

    @Test
    void aSendAnsweredByItsStoredMessageRecordsItsHopsWhileAFlightRecordingRuns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hops.jfr");
        long before;
        long after;
        Instant stored = Instant.now().plusSeconds(2);
        try (var recording = new Recording()) {
            recording.enable(SendHops.NAME);
            recording.start();
            before = System.currentTimeMillis();
            sends.await(new PendingSends.Key(CONVERSATION, SENDER, CLIENT_ID), correlation(1));
            after = System.currentTimeMillis();
            var sent = new MessageSent(CONVERSATION, MessageId.random(), CLIENT_ID, SENDER, MessageContent.text("hi"), null, false);
            sends.stored(new EventEnvelope(UUID.randomUUID().toString(), "MessageSent", "1", CONVERSATION.toString(), 4,
                    stored, SENDER.toString(), null, null, null, JSON.valueToTree(sent)), stored.plusMillis(30));
            recording.stop();
            recording.dump(file);
        }

        assertThat(RecordingFile.readAllEvents(file)).filteredOn(event -> event.getEventType().getName().equals(SendHops.NAME))
                .singleElement().satisfies(event -> {
                    assertThat(event.getString("conversation")).isEqualTo(CONVERSATION.toString());
                    assertThat(event.getLong("sequence")).isEqualTo(4);
                    assertThat(event.getLong(SendHops.TO_STORED))
                            .isBetween(stored.toEpochMilli() - after, stored.toEpochMilli() - before);
                    assertThat(event.getLong(SendHops.TO_PUBLISHED)).isEqualTo(30);
                    assertThat(event.getLong(SendHops.TO_ARRIVED)).as("the record came 2 s ahead of this clock").isNegative();
                    assertThat(event.getLong(SendHops.TOTAL)).as("forwarded to answered, on this clock alone").isBetween(0L, 60_000L);
                });
    }

    private static CorrelationKey correlation(long n) {
        return new CorrelationKey(java.nio.ByteBuffer.allocate(8).putLong(n).array());
    }

    private static EventEnvelope envelope(MessageSent sent, long sequence) {
        return new EventEnvelope(UUID.randomUUID().toString(), "MessageSent", "1", sent.conversationId().toString(),
                sequence, Instant.now(), sent.author().toString(), null, null, null, JSON.valueToTree(sent));
    }
}
