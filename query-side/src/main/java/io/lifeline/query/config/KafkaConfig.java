package io.lifeline.query.config;

import io.lifeline.support.kafka.PromptConsumerClose;
import io.lifeline.contracts.stream.Topics;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The one topic the query side reads, created when missing with the command side's settings (so
 * the start order of the services does not matter): revocations, kept longer than any access token lives.
 */
@Configuration
@Import(PromptConsumerClose.class)
class KafkaConfig {

    @Bean
    NewTopic revocationsTopic(@Value("${lifeline.kafka.replication-factor}") short replicas,
                              @Value("${lifeline.kafka.revocations-retention}") Duration retention) {
        return TopicBuilder.name(Topics.REVOCATIONS).partitions(1).replicas(replicas)
                .config("retention.ms", String.valueOf(retention.toMillis())).build();
    }
}
