package io.lifeline.command.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.contracts.channel.ChannelReply;
import io.lifeline.contracts.channel.ForwardedFrame;
import io.lifeline.contracts.channel.VerifiedCaller;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.protocol.ClientFrame;
import io.lifeline.contracts.protocol.ReadFrame;
import io.lifeline.contracts.protocol.SendFrame;
import io.lifeline.contracts.protocol.TypingFrame;
import io.lifeline.contracts.stream.Topics;
import io.lifeline.testsupport.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.requestreply.KafkaReplyTimeoutException;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frames forwarded on the command topic are carried out as the REST API carries out the same
 * commands, for the caller named in them, and answered on the reply topic (except a send that stored
 * a new message, which its event answers); a bridge here is played by a real Kafka request-reply client.
 */
class CommandChannelIT extends CommandSideIntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "a-long-enough-password";
    private static ReplyingKafkaTemplate<String, String, String> bridge;
    @Autowired
    ForwardedFrameListener listener;

    @BeforeAll
    static void startBridge() throws InterruptedException {
        var consumers = new DefaultKafkaConsumerFactory<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-bridge-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new StringDeserializer(), new StringDeserializer());
        var replies = new KafkaMessageListenerContainer<>(consumers, new ContainerProperties(Topics.COMMAND_REPLIES));
        var producers = new DefaultKafkaProducerFactory<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
        bridge = new ReplyingKafkaTemplate<>(producers, replies);
        bridge.setSharedReplyTopic(true);
        bridge.setDefaultReplyTimeout(Duration.ofSeconds(20));
        bridge.start();
        assertThat(bridge.waitForAssignment(Duration.ofSeconds(30))).isTrue();
    }

    @AfterAll
    static void stopBridge() {
        bridge.stop();
    }

    @Test
    void aForwardedSendIsStoredOnceAnsweredByItsEventAndARepeatIsAcknowledgedAsOverRest() throws Exception {
        TestApi api = api();
        var device = api.deviceSession(newDeviceId());
        String id = api.post("/api/conversations", device.text("token"), Map.of("channel", "MOBILE")).expectStatus(201)
                .text("conversationId");
        var caller = VerifiedCaller.device(device.text("device"));
        var send = SendFrame.text(new ClientMessageId("c-1"), ConversationId.parse(id), "hello over Kafka");

        expectNoReply(caller, send); // stored: its MessageSent on the event stream is the answer
        ChannelReply again = forward(caller, send);

        assertThat(again.refusal()).isNull();
        assertThat(again.accepted().duplicate()).isTrue();
        assertThat(again.accepted().sequence()).isEqualTo(1);
        var overRest = api.post("/api/conversations/" + id + "/messages", device.text("token"),
                Map.of("clientMessageId", "c-1", "text", "hello over Kafka")).expectStatus(200);
        assertThat(overRest.text("messageId")).isEqualTo(again.accepted().messageId().toString());
    }

    @Test
    void aBurstOfSendsWithARefusalAmongThemIsStoredOnceEachInTheOrderSent() throws Exception {
        TestApi api = api();
        var outsider = newAgent(api, api.staffToken("admin", ADMIN_PASSWORD), "burst-").caller();
        var device = api.deviceSession(newDeviceId());
        String id = api.post("/api/conversations", device.text("token"), Map.of("channel", "MOBILE")).expectStatus(201)
                .text("conversationId");
        var conversation = ConversationId.parse(id);
        var caller = VerifiedCaller.device(device.text("device"));

        // Produced without waiting, so the command side takes several of them in one poll.
        for (int i = 1; i <= 15; i++) {
            bridge.send(record(caller, SendFrame.text(new ClientMessageId("burst-" + i), conversation, "message " + i)));
        }
        var refusal = bridge.sendAndReceive(record(outsider, SendFrame.text(new ClientMessageId("x-1"), conversation, "hi")));
        for (int i = 16; i <= 30; i++) {
            bridge.send(record(caller, SendFrame.text(new ClientMessageId("burst-" + i), conversation, "message " + i)));
        }

        var refused = JSON.readValue(refusal.get(30, TimeUnit.SECONDS).value(), ChannelReply.class);
        assertThat(refused.refusal().code()).isEqualTo("not-a-participant");
        for (int i : new int[] {1, 15, 16, 30}) {
            ChannelReply repeat = forward(caller, SendFrame.text(new ClientMessageId("burst-" + i), conversation, "message " + i));
            assertThat(repeat.accepted().duplicate()).isTrue();
            assertThat(repeat.accepted().sequence()).as("message %d's place", i).isEqualTo(i);
        }
    }

    @Test
    void aPollWithARefusedFrameIsCarriedOutFrameByFrameAndTheOthersAreStored() throws Exception {
        TestApi api = api();
        var outsider = newAgent(api, api.staffToken("admin", ADMIN_PASSWORD), "poll-").caller();
        var device = api.deviceSession(newDeviceId());
        var conversation = ConversationId.parse(api.post("/api/conversations", device.text("token"),
                Map.of("channel", "MOBILE")).expectStatus(201).text("conversationId"));
        var caller = VerifiedCaller.device(device.text("device"));

        // One poll, as the consumer would take it: the refused frame between two sends.
        listener.handle(List.of(taken(caller, SendFrame.text(new ClientMessageId("p-1"), conversation, "first")),
                taken(outsider, SendFrame.text(new ClientMessageId("x-1"), conversation, "not mine")),
                taken(caller, SendFrame.text(new ClientMessageId("p-2"), conversation, "second"))));

        for (int i = 1; i <= 2; i++) {
            ChannelReply repeat = forward(caller, SendFrame.text(new ClientMessageId("p-" + i), conversation,
                    i == 1 ? "first" : "second"));
            assertThat(repeat.accepted().duplicate()).isTrue();
            assertThat(repeat.accepted().sequence()).isEqualTo(i);
        }
    }

    @Test
    void staffWhoTakeNoPartAreRefusedWithTheCodeRestGivesUntilTheyJoin() throws Exception {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        var newcomer = newAgent(api, admin, "agent-");
        String agent = api.staffToken(newcomer.username(), PASSWORD);
        var device = api.deviceSession(newDeviceId());
        String id = api.post("/api/conversations", device.text("token"), Map.of("channel", "MOBILE")).text("conversationId");
        var caller = newcomer.caller();
        var conversation = ConversationId.parse(id);
        String restCode = api.post("/api/conversations/" + id + "/messages", agent,
                Map.of("clientMessageId", "a-1", "text", "hi")).expectStatus(403).text("code");

        ChannelReply send = forward(caller, SendFrame.text(new ClientMessageId("a-1"), conversation, "hi"));
        ChannelReply typing = forward(caller, new TypingFrame(conversation, null, true));
        api.put("/api/conversations/" + id + "/participants/me", agent, null).expectStatus(200);
        ChannelReply typingAfterJoining = forward(caller, new TypingFrame(conversation, null, true));
        ChannelReply readAfterJoining = forward(caller, new ReadFrame(conversation, 0L));

        assertThat(send.refusal().status()).isEqualTo(403);
        assertThat(send.refusal().code()).isEqualTo(restCode).isEqualTo("not-a-participant");
        assertThat(typing.refusal().code()).isEqualTo("not-a-participant");
        assertThat(typingAfterJoining).isEqualTo(ChannelReply.done());
        assertThat(readAfterJoining).isEqualTo(ChannelReply.done());
    }

    @Test
    void aDeactivatedStaffMemberNoLongerActsThroughTheChannel() throws Exception {
        TestApi api = api();
        String admin = api.staffToken("admin", ADMIN_PASSWORD);
        var gone = newAgent(api, admin, "gone-");
        String device = api.deviceToken(newDeviceId());
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE")).text("conversationId");
        api.post("/api/staff/" + gone.id() + "/deactivate", admin, null).expectStatus(204);

        ChannelReply reply = forward(gone.caller(),
                SendFrame.text(new ClientMessageId("g-1"), ConversationId.parse(id), "still here?"));

        assertThat(reply.refusal().status()).isEqualTo(401);
        assertThat(reply.refusal().code()).isEqualTo("unauthorized");
    }

    @Test
    void aFrameToAConversationThatDoesNotExistIsNotFound() throws Exception {
        var device = api().deviceSession(newDeviceId());
        ChannelReply reply = forward(VerifiedCaller.device(device.text("device")),
                SendFrame.text(new ClientMessageId("n-1"), ConversationId.random(), "anyone?"));

        assertThat(reply.refusal().status()).isEqualTo(404);
        assertThat(reply.refusal().code()).isEqualTo("conversation-not-found");
    }

    @Test
    void aFrameItsBridgeStoppedWaitingForIsDroppedUnansweredAndNotCarriedOut() throws Exception {
        TestApi api = api();
        var device = api.deviceSession(newDeviceId());
        String id = api.post("/api/conversations", device.text("token"), Map.of("channel", "MOBILE")).text("conversationId");
        var caller = VerifiedCaller.device(device.text("device"));
        var send = SendFrame.text(new ClientMessageId("late-1"), ConversationId.parse(id), "sent long ago");
        long longAgo = System.currentTimeMillis() - Duration.ofMinutes(1).toMillis();

        var stale = new ProducerRecord<>(Topics.COMMANDS, null, longAgo, id, JSON.writeValueAsString(new ForwardedFrame(caller, send)));
        assertThatThrownBy(() -> bridge.sendAndReceive(stale, Duration.ofSeconds(3)).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(KafkaReplyTimeoutException.class);
        // Frames of one conversation run in order, so this one runs after the stale one was dropped: it
        // stores the message (no reply; a repeat of a stored one would be answered as a duplicate).
        expectNoReply(caller, send);
        ChannelReply repeat = forward(caller, send);

        assertThat(repeat.accepted().duplicate()).isTrue();
        assertThat(repeat.accepted().sequence()).isEqualTo(1);
    }

    /** A new agent, as the admin creates one over REST. */
    private static Agent newAgent(TestApi api, String admin, String prefix) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        String id = api.post("/api/staff", admin, Map.of("username", username, "displayName", "Agent", "role", "AGENT",
                "password", PASSWORD)).expectStatus(201).text("staffId");
        return new Agent(id, username);
    }

    private record Agent(String id, String username) {
        VerifiedCaller caller() {
            return new VerifiedCaller("staff", id, List.of("AGENT"), null, username, null);
        }
    }

    private static void expectNoReply(VerifiedCaller caller, ClientFrame frame) {
        var forwarded = new ForwardedFrame(caller, frame);
        var record = new ProducerRecord<>(Topics.COMMANDS, forwarded.conversationId().toString(), JSON.writeValueAsString(forwarded));
        assertThatThrownBy(() -> bridge.sendAndReceive(record, Duration.ofSeconds(3)).get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(KafkaReplyTimeoutException.class);
    }

    private static ChannelReply forward(VerifiedCaller caller, ClientFrame frame) throws Exception {
        String reply = bridge.sendAndReceive(record(caller, frame)).get(30, TimeUnit.SECONDS).value();
        return JSON.readValue(reply, ChannelReply.class);
    }

    private static ConsumerRecord<String, String> taken(VerifiedCaller caller, ClientFrame frame) {
        var forwarded = new ForwardedFrame(caller, frame);
        return new ConsumerRecord<>(Topics.COMMANDS, 0, 0, System.currentTimeMillis(), TimestampType.CREATE_TIME, 0, 0,
                forwarded.conversationId().toString(), JSON.writeValueAsString(forwarded), new RecordHeaders(), Optional.empty());
    }

    private static ProducerRecord<String, String> record(VerifiedCaller caller, ClientFrame frame) {
        var forwarded = new ForwardedFrame(caller, frame);
        return new ProducerRecord<>(Topics.COMMANDS, forwarded.conversationId().toString(), JSON.writeValueAsString(forwarded));
    }
}
