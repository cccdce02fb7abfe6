package io.lifeline.command.publishing;

import io.lifeline.contracts.stream.Topics;
import java.time.Duration;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topics the command side writes to, and the publisher's failure policy: retry, never skip. */
@Configuration
@EnableConfigurationProperties(KafkaPublishingProperties.class)
class KafkaTopicsConfig {

    @Bean
    NewTopic conversationEventsTopic(KafkaPublishingProperties properties) {
        return new NewTopic(Topics.CONVERSATION_EVENTS, properties.partitions(), properties.replicationFactor());
    }

    /**
     * One partition keeps revocations in order and small enough to read whole on every start; they
     * outlive every access token they concern (checked here), so nothing in force is ever dropped.
     */
    @Bean
    NewTopic revocationsTopic(KafkaPublishingProperties properties,
                              @Value("${lifeline.security.staff-token-ttl}") Duration staffTokenTtl) {
        if (properties.revocationsRetention().compareTo(staffTokenTtl) <= 0) {
            throw new IllegalStateException("LIFELINE_KAFKA_REVOCATIONS_RETENTION must be longer than LIFELINE_STAFF_TOKEN_TTL");
        }
        return TopicBuilder.name(Topics.REVOCATIONS).partitions(1).replicas(properties.replicationFactor())
                .config("retention.ms", String.valueOf(properties.revocationsRetention().toMillis())).build();
    }

    @Bean
    ConfigurerModule publisherNeverSkipsEvents() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                KafkaEventPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
