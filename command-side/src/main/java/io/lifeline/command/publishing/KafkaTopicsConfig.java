package io.lifeline.command.publishing;

import io.lifeline.contracts.stream.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The topic the publisher writes to, and its failure policy: retry, never skip. */
@Configuration
@EnableConfigurationProperties(KafkaPublishingProperties.class)
class KafkaTopicsConfig {

    @Bean
    NewTopic conversationEventsTopic(KafkaPublishingProperties properties) {
        return new NewTopic(Topics.CONVERSATION_EVENTS, properties.partitions(), properties.replicationFactor());
    }

    @Bean
    ConfigurerModule publisherNeverSkipsEvents() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                KafkaEventPublisher.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
