package io.lifeline.command.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the conversation event topic is created and how long a send may wait for the broker. */
@ConfigurationProperties("lifeline.kafka")
public record KafkaPublishingProperties(int partitions, short replicationFactor, Duration sendTimeout) {
    public KafkaPublishingProperties {
        if (partitions < 1) throw new IllegalArgumentException("lifeline.kafka.partitions must be at least 1");
        if (replicationFactor < 1) throw new IllegalArgumentException("lifeline.kafka.replication-factor must be at least 1");
    }
}
