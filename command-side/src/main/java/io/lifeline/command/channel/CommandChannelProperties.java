package io.lifeline.command.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param consumers how many threads of this instance take forwarded frames (each owns some of the
 *                  topic's partitions; more than the partitions idle)
 * @param expiry    a frame older than this is dropped unanswered: its bridge has stopped waiting and
 *                  told the client to try again, so carrying it out late would only surprise it
 * @param maxBatch  at most this many frames a consumer takes in one poll and stores with one commit
 */
@ConfigurationProperties("lifeline.command-channel")
record CommandChannelProperties(int consumers, Duration expiry, int maxBatch) {
    CommandChannelProperties {
        if (consumers < 1) throw new IllegalArgumentException("lifeline.command-channel.consumers must be at least 1");
        if (maxBatch < 1) throw new IllegalArgumentException("lifeline.command-channel.max-batch must be at least 1");
    }
}
