package io.lifeline.command.channel;

import io.lifeline.support.kafka.PromptConsumerClose;
import io.lifeline.contracts.stream.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.TopicBuilder;

/** The command topic, created when missing, with as many partitions as the event topic. */
@Configuration
@Import(PromptConsumerClose.class)
@EnableConfigurationProperties(CommandChannelProperties.class)
class CommandChannelConfig {

    @Bean
    NewTopic commandsTopic(@Value("${lifeline.kafka.partitions}") int partitions,
                           @Value("${lifeline.kafka.replication-factor}") short replicas) {
        return TopicBuilder.name(Topics.COMMANDS).partitions(partitions).replicas(replicas).build();
    }
}
