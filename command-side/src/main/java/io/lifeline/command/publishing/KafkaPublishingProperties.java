package io.lifeline.command.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the topics are created and how long a send may wait for the broker.
 *
 * @param revocationsRetention how long {@code lifeline.revocations} keeps a revocation: a service
 *                             starting up reads them all, so it must exceed the access token lifetime
 */
@ConfigurationProperties("lifeline.kafka")
public record KafkaPublishingProperties(int partitions, short replicationFactor, Duration sendTimeout,
                                        Duration revocationsRetention) {
    public KafkaPublishingProperties {
        if (partitions < 1) throw new IllegalArgumentException("lifeline.kafka.partitions must be at least 1");
        if (replicationFactor < 1) throw new IllegalArgumentException("lifeline.kafka.replication-factor must be at least 1");
    }
}
