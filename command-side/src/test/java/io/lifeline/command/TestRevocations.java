package io.lifeline.command;

import io.lifeline.testsupport.TestKafka;
import io.lifeline.contracts.stream.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code lifeline.revocations} as another service would, from where it ends when the reader opens. */
public final class TestRevocations implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final KafkaConsumer<String, String> consumer;
    private final List<JsonNode> seen = new ArrayList<>();

    public TestRevocations() {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new StringDeserializer(), new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.REVOCATIONS, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the position now, before the test revokes anything
    }

    /** A revocation that matches, published since this reader opened; fails after the timeout. */
    public JsonNode await(Predicate<JsonNode> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (var record : consumer.poll(Duration.ofMillis(50))) {
                seen.add(JSON.readTree(record.value()));
            }
            var found = seen.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no matching revocation within " + timeout + "; saw " + seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
