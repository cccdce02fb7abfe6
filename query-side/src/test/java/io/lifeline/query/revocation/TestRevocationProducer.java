package io.lifeline.query.revocation;

import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.stream.Revocation;
import io.lifeline.contracts.stream.RevocationReason;
import io.lifeline.contracts.stream.Topics;
import io.lifeline.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Publishes revocations as the command side does. */
final class TestRevocationProducer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final KafkaProducer<String, String> producer = new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()), new StringSerializer(),
            new StringSerializer());

    static Revocation ofSession(StaffId staff, SessionId session) {
        return new Revocation(staff, session, RevocationReason.LOGOUT, Instant.now(), Instant.now().plus(Duration.ofMinutes(10)));
    }

    static Revocation ofStaffMember(StaffId staff, Instant at) {
        return new Revocation(staff, null, RevocationReason.DEACTIVATED, at, at.plus(Duration.ofMinutes(10)));
    }

    void publish(Revocation revocation) throws Exception {
        producer.send(new ProducerRecord<>(Topics.REVOCATIONS, revocation.staffId().toString(),
                JSON.writeValueAsString(revocation))).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
