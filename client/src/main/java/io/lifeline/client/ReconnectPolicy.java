package io.lifeline.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before each reconnect: {@code initialDelay} times {@code multiplier} to the power of
 * the failures in a row, at most {@code maxDelay}, less a random share of up to {@code jitter} so that
 * clients dropped together by one bridge do not all return at the same instant.
 */
public record ReconnectPolicy(Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

    public ReconnectPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("initialDelay must be positive");
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be shorter than initialDelay");
        }
        if (!(multiplier >= 1)) {
            throw new IllegalArgumentException("multiplier must be 1 or more");
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1");
        }
    }

    /** 100 ms, doubling up to 5 s, each wait shortened by up to half. */
    public static ReconnectPolicy defaults() {
        return new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(5), 2, 0.5);
    }

    Duration delayAfter(int failures) {
        return delayAfter(failures, ThreadLocalRandom.current().nextDouble());
    }

    /** {@code random} is in [0, 1): the share of the jitter taken off. */
    Duration delayAfter(int failures, double random) {
        double grown = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, failures));
        double capped = Math.min(maxDelay.toNanos(), grown);
        return Duration.ofNanos((long) (capped * (1 - jitter * random)));
    }
}
