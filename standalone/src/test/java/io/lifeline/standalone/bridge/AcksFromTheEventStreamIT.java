package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.stream.Topics;
import io.lifeline.standalone.StandaloneForTests;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A send that stores a new message is acknowledged from the event stream, not by a reply: the ack
 * carries the stored message's id and sequence and nothing is written to the reply topic for it.
 * A repeated client id (no new event) and a refusal are still answered by a reply; a send whose
 * event never comes (the publisher stopped) ends in the error frame the client gets when the
 * command channel does not answer, and its retry is acknowledged from the store as a repeat.
 */
class AcksFromTheEventStreamIT {
    private static StandaloneForTests lifeline;
    private static KafkaConsumer<String, String> replyTopic;

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
        String kafka = lifeline.bridge().context().getEnvironment().getProperty("spring.kafka.bootstrap-servers");
        replyTopic = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(kafka)),
                new StringDeserializer(), new StringDeserializer());
    }

    @AfterAll
    static void stop() {
        replyTopic.close();
    }

    @Test
    void aStoredSendIsAcknowledgedWithTheStoredIdsAndNoReplyWhileARepeatIsAnsweredByAReply() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Acks");
        try (var phone = TestSocket.connect(lifeline.ws(), device.token())) {
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            phone.await("subscribed");
            long repliesBefore = replies();

            phone.send(send("p-1", id, "is anyone there?"));
            Map<String, JsonNode> answers = ackAndEvent(phone, "p-1");
            JsonNode ack = answers.get("ack");
            JsonNode event = answers.get("event").path("event");
            assertThat(ack.path("duplicate").asBoolean()).isFalse();
            assertThat(ack.path("conversationId").asString()).isEqualTo(id);
            assertThat(ack.path("messageId").asString()).isEqualTo(event.path("payload").path("messageId").asString());
            assertThat(ack.path("sequence").asLong()).isEqualTo(event.path("sequence").asLong()).isEqualTo(2);
            Thread.sleep(500); // a reply, were one sent, is written before the event is even published
            assertThat(replies()).as("records on the reply topic for a stored send").isEqualTo(repliesBefore);

            phone.send(send("p-1", id, "is anyone there?"));
            JsonNode repeat = phone.await(frame -> isAckOf(frame, "p-1"));
            assertThat(repeat.path("duplicate").asBoolean()).isTrue();
            assertThat(repeat.path("messageId").asString()).isEqualTo(ack.path("messageId").asString());
            assertThat(repeat.path("sequence").asLong()).isEqualTo(2);
            assertThat(replies()).as("records on the reply topic after a repeat").isEqualTo(repliesBefore + 1);
        }
    }

    @Test
    void aStaffMembersStoredSendIsAcknowledgedFromTheEventStreamToo() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Staff acks");
        lifeline.assignToAdmin(id);
        try (var staff = TestSocket.connect(lifeline.ws(), lifeline.adminToken())) {
            long repliesBefore = replies();
            staff.send(send("s-1", id, "on my way"));

            JsonNode ack = staff.await(frame -> isAckOf(frame, "s-1"));

            assertThat(ack.path("duplicate").asBoolean()).isFalse();
            assertThat(ack.path("sequence").asLong()).isGreaterThan(1);
            Thread.sleep(500);
            assertThat(replies()).isEqualTo(repliesBefore);
        }
    }

    @Test
    void aRefusedSendStillGetsItsErrorFrameByAReply() throws Exception {
        String theirs = lifeline.someoneElsesConversation().conversationId();
        try (var stranger = TestSocket.connect(lifeline.ws(), lifeline.newDevice().token())) {
            long repliesBefore = replies();
            stranger.send(send("x-1", theirs, "let me in"));

            JsonNode error = stranger.await(frame -> frame.path("type").asString().equals("error")
                    || isAckOf(frame, "x-1"));

            assertThat(error.path("type").asString()).isEqualTo("error");
            assertThat(error.path("code").asString()).isEqualTo("conversation-not-found");
            assertThat(error.path("clientId").asString()).isEqualTo("x-1");
            assertThat(replies()).isEqualTo(repliesBefore + 1);
        }
    }

    @Test
    void aSendWhoseEventNeverComesTimesOutAsUnavailableAndItsRetryIsAcknowledgedAsARepeat() throws Exception {
        var device = lifeline.newDevice();
        String id = lifeline.startConversation(device.token(), "Publisher down");
        StreamingEventProcessor publisher = lifeline.commandSide().context().getBean(EventProcessingConfiguration.class)
                .eventProcessor("kafka-publisher", StreamingEventProcessor.class).orElseThrow();
        try (var phone = TestSocket.connect(lifeline.ws(), device.token())) {
            phone.send(Map.of("type", "subscribe", "conversationId", id));
            phone.await("subscribed");
            publisher.shutDown();
            try {
                phone.send(send("d-1", id, "stored, never published"));
                JsonNode error = phone.await(frame -> frame.path("type").asString().equals("error")
                        || isAckOf(frame, "d-1"), Duration.ofSeconds(30));
                assertThat(error.path("type").asString()).isEqualTo("error");
                assertThat(error.path("code").asString()).isEqualTo("unavailable");
                assertThat(error.path("clientId").asString()).isEqualTo("d-1");
                assertThat(error.path("conversationId").asString()).isEqualTo(id);
            } finally {
                publisher.start();
            }
            // Once the late event has passed (it answers nothing now), the retry is answered from the store.
            phone.await(frame -> frame.path("event").path("sequence").asLong(-1) == 2, Duration.ofSeconds(30));
            phone.send(send("d-1", id, "stored, never published"));
            JsonNode retried = phone.await(frame -> isAckOf(frame, "d-1"));
            assertThat(retried.path("duplicate").asBoolean()).isTrue();
            assertThat(retried.path("sequence").asLong()).isEqualTo(2);
        }
    }

    private static Map<String, Object> send(String clientId, String conversationId, String text) {
        return Map.of("type", "send", "clientId", clientId, "conversationId", conversationId,
                "content", Map.of("kind", "TEXT", "body", text));
    }

    private static boolean isAckOf(JsonNode frame, String clientId) {
        return frame.path("type").asString().equals("ack") && frame.path("clientId").asString().equals(clientId);
    }

    /** The send's ack and its own event, in whichever order they come. */
    private static Map<String, JsonNode> ackAndEvent(TestSocket socket, String clientId) throws InterruptedException {
        Map<String, JsonNode> both = new HashMap<>();
        while (both.size() < 2) {
            JsonNode frame = socket.await(candidate -> isAckOf(candidate, clientId)
                    || candidate.path("event").path("payload").path("clientMessageId").asString("").equals(clientId));
            both.put(frame.path("type").asString(), frame);
        }
        return both;
    }

    /** How many records the reply topic holds: the sum of its partitions' end offsets. */
    private static long replies() {
        List<TopicPartition> partitions = replyTopic.partitionsFor(Topics.COMMAND_REPLIES).stream()
                .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
        replyTopic.assign(partitions); // read offsets only, never records; assigned, so Kafka keeps quiet about them
        return replyTopic.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }
}
