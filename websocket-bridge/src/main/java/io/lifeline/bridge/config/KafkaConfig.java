package io.lifeline.bridge.config;

import io.lifeline.contracts.stream.Topics;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The topics the bridge reads, created when missing: the event stream (so a bridge started before
 * the command side is assigned its partitions at once), the short-lived signals and the revocations.
 */
@Configuration
@EnableScheduling
class KafkaConfig {

    @Bean
    NewTopic conversationEvents(@Value("${lifeline.kafka.partitions}") int partitions,
                                @Value("${lifeline.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(Topics.CONVERSATION_EVENTS).partitions(partitions).replicas(replicas).build();
    }

    @Bean
    NewTopic signals(@Value("${lifeline.kafka.partitions}") int partitions,
                     @Value("${lifeline.kafka.replication-factor}") short replicas,
                     @Value("${lifeline.kafka.signals-retention}") Duration retention) {
        return TopicBuilder.name(Topics.SIGNALS).partitions(partitions).replicas(replicas)
                .config("retention.ms", String.valueOf(retention.toMillis())).build();
    }

    /** Revocations, kept longer than any access token lives: read whole on every start. */
    @Bean
    NewTopic revocations(@Value("${lifeline.kafka.replication-factor}") short replicas,
                         @Value("${lifeline.kafka.revocations-retention}") Duration retention) {
        return TopicBuilder.name(Topics.REVOCATIONS).partitions(1).replicas(replicas)
                .config("retention.ms", String.valueOf(retention.toMillis())).build();
    }
}
