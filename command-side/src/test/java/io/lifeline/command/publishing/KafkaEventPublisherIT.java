package io.lifeline.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.command.CommandSideIntegrationTest;
import io.lifeline.command.TestApi;
import io.lifeline.testsupport.TestKafka;
import io.lifeline.contracts.stream.EventEnvelope;
import io.lifeline.contracts.stream.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.RevisionResolver;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ProducerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every conversation event reaches Kafka once acknowledged, keyed and in order per conversation. */
class KafkaEventPublisherIT extends CommandSideIntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private EventStore events;
    @Autowired
    private JsonMapper json;
    @Autowired
    private RevisionResolver revisions;
    @Autowired
    private ProducerFactory<String, String> producers;

    @Test
    void publishesDurablyAndLingersAsLongAsItsSettingSays() {
        assertThat(producers.getConfigurationProperties())
                .as("acks all, idempotent, and LIFELINE_KAFKA_LINGER_MS's default")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "2");
    }

    @Test
    void conversationEventsArePublishedAsEnvelopesInOrderUnderTheConversationKey() {
        TestApi api = api();
        var session = api.deviceSession(newDeviceId());
        String device = session.text("token");
        String id = api.post("/api/conversations", device, Map.of("channel", "MOBILE",
                "firstMessage", Map.of("clientMessageId", "m-0", "text", "hello"))).expectStatus(201).text("conversationId");
        for (int n = 1; n <= 5; n++) {
            api.post("/api/conversations/" + id + "/messages", device, Map.of("clientMessageId", "m-" + n, "text", "message " + n))
                    .expectStatus(201);
        }
        api.post("/api/conversations/" + id + "/messages", device, Map.of("clientMessageId", "m-3", "text", "message 3"))
                .expectStatus(200); // a resend stores nothing, so it publishes nothing

        List<ConsumerRecord<String, String>> records = readConversation(id, 7);
        assertThat(records).hasSize(7).allSatisfy(record -> assertThat(record.key()).isEqualTo(id));
        List<JsonNode> envelopes = records.stream().map(record -> JSON.readTree(record.value())).toList();
        assertThat(envelopes).extracting(envelope -> envelope.path("sequence").asLong())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(envelopes.get(0).path("type").asString()).isEqualTo("ConversationStarted");
        assertThat(envelopes.get(1).path("type").asString()).isEqualTo("MessageSent");
        assertThat(envelopes.get(1).path("revision").asString()).isEqualTo("1");
        assertThat(envelopes.get(1).path("actor").asString()).isEqualTo("device:" + session.text("device"));
        assertThat(envelopes.get(1).path("payload").path("content").path("body").asString()).isEqualTo("hello");
        assertThat(envelopes.get(1).path("conversationId").asString()).isEqualTo(id);
        assertThat(envelopes.get(1).path("causationId").asString()).isNotBlank();
        assertThat(envelopes).extracting(envelope -> envelope.path("eventId").asString()).doesNotHaveDuplicates();
        // Written from the stored bytes, each says what the stored event read into objects says.
        assertThat(envelopes).isEqualTo(events.readEvents(id).asStream()
                .map(event -> JSON.readTree(json.writeValueAsString(EventEnvelope.of(event, json, revisions)))).toList());
    }

    /** Reads the whole topic from the start and keeps this conversation's records, until enough arrived. */
    private static List<ConsumerRecord<String, String>> readConversation(String conversationId, int expected) {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(properties)) {
            consumer.subscribe(List.of(Topics.CONVERSATION_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (conversationId.equals(record.key())) found.add(record);
                }
            }
            // A little longer: a duplicate publication would show up as an eighth record.
            for (var record : consumer.poll(Duration.ofSeconds(1))) {
                if (conversationId.equals(record.key())) found.add(record);
            }
        }
        return found;
    }
}
