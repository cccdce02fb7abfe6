package io.lifeline.query.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.stream.Topics;
import io.lifeline.testsupport.TestKafka;
import io.lifeline.support.revocation.RevocationFeed;
import io.lifeline.support.revocation.RevokedTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import tools.jackson.databind.json.JsonMapper;

/** A starting service reads every revocation still on the topic before it goes on. */
class RevocationFeedIT {

    @Test
    void revocationsPublishedWhileTheServiceWasDownHoldOnceStartReturns() throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(Topics.REVOCATIONS)) {
                admin.createTopics(List.of(new NewTopic(Topics.REVOCATIONS, 1, (short) 1))).all().get();
            }
        }
        StaffId staff = StaffId.random();
        SessionId session = SessionId.random();
        try (var revocations = new TestRevocationProducer()) {
            revocations.publish(TestRevocationProducer.ofSession(staff, session));
            revocations.publish(new io.lifeline.contracts.stream.Revocation(StaffId.random(), SessionId.random(),
                    io.lifeline.contracts.stream.RevocationReason.LOGOUT, Instant.now().minusSeconds(700),
                    Instant.now().minusSeconds(100))); // expired: forgotten
        }
        var revoked = new RevokedTokens();
        var feed = new RevocationFeed(new DefaultKafkaConsumerFactory<>(
                Map.<String, Object>of("bootstrap.servers", TestKafka.bootstrapServers())), revoked, List.of(),
                JsonMapper.builder().build());

        feed.start();
        try {
            assertThat(revoked.refuses(staff.toString(), session.toString(), Instant.now())).isTrue();
            assertThat(revoked.refuses(staff.toString(), SessionId.random().toString(), Instant.now())).isFalse();
        } finally {
            feed.stop();
        }
    }
}
