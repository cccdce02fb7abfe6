package io.lifeline.bridge.config;

import io.lifeline.support.kafka.PromptConsumerClose;
import io.lifeline.bridge.commands.CommandReplies;
import io.lifeline.bridge.commands.CommandChannel;
import io.lifeline.bridge.commands.PendingSends;
import io.lifeline.contracts.stream.Topics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.scheduling.annotation.EnableScheduling;
import tools.jackson.databind.json.JsonMapper;

/**
 * The topics the bridge reads, created when missing: the event stream (so a bridge started before
 * the command side is assigned its partitions at once), the short-lived signals, the revocations,
 * and the command channel's two topics; and the command channel itself.
 */
@Configuration
@Import(PromptConsumerClose.class)
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

    @Bean
    NewTopic commandsTopic(@Value("${lifeline.kafka.partitions}") int partitions,
                      @Value("${lifeline.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(Topics.COMMANDS).partitions(partitions).replicas(replicas).build();
    }

    @Bean
    NewTopic commandRepliesTopic(@Value("${lifeline.kafka.partitions}") int partitions,
                            @Value("${lifeline.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(Topics.COMMAND_REPLIES).partitions(partitions).replicas(replicas).build();
    }

    /** Signals and presence: the bridge's everyday producer (one attempt, see {@code spring.kafka.producer}). */
    @Primary
    @Bean
    KafkaTemplate<String, String> kafkaTemplate(ProducerFactory<String, String> producers) {
        return new KafkaTemplate<>(producers);
    }

    /**
     * Forwarded commands: fully acknowledged and idempotent, so a command is never lost or reordered
     * by a retry, and held at most {@code lifeline.kafka.linger-ms} to share a request with others.
     * Each bridge reads every reply under its own group and keeps the ones it waits for: the reply
     * topic is shared by every bridge.
     */
    @Bean
    CommandChannel commandChannel(KafkaProperties kafka, ConcurrentKafkaListenerContainerFactory<String, String> containers,
                                  BridgeProperties bridge, CommandReplies ready, PendingSends sends, JsonMapper json,
                                  @Value("${lifeline.bridge.instance-id}") String instance,
                                  @Value("${lifeline.kafka.linger-ms}") int lingerMs) {
        Map<String, Object> settings = kafka.buildProducerProperties();
        settings.putAll(Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, lingerMs));
        ConcurrentMessageListenerContainer<String, String> replies = containers.createContainer(Topics.COMMAND_REPLIES);
        replies.getContainerProperties().setGroupId("lifeline-bridge-replies-" + instance);
        replies.getContainerProperties().setConsumerRebalanceListener(ready);
        replies.setAutoStartup(false); // the template starts it
        var channel = new CommandChannel(new DefaultKafkaProducerFactory<String, String>(settings), replies, sends, json);
        channel.setDefaultReplyTimeout(bridge.commandTimeout());
        return channel;
    }
}
