package io.lifeline.command.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Routing settings: the capacity of an agent no admin has set one for, how many desk events pass
 * between snapshots of the desk, and how the auto-assignment processor spreads its work: its events
 * are split by conversation into this many segments, of which one instance handles at most this many
 * threads' worth (the rest are left to other instances).
 */
@ConfigurationProperties("lifeline.routing")
public record RoutingSettings(int defaultCapacity, int snapshotThreshold, int processorSegments, int processorThreads) {
    public RoutingSettings {
        if (processorSegments < 1 || processorThreads < 1) {
            throw new IllegalArgumentException("lifeline.routing.processor-segments and -threads must be at least 1");
        }
        if (defaultCapacity < 0 || defaultCapacity > io.lifeline.contracts.routing.RoutingRules.MAX_CAPACITY) {
            throw new IllegalArgumentException("lifeline.routing.default-capacity must be 0 to "
                    + io.lifeline.contracts.routing.RoutingRules.MAX_CAPACITY);
        }
        if (snapshotThreshold < 1) {
            throw new IllegalArgumentException("lifeline.routing.snapshot-threshold must be at least 1");
        }
    }
}
