package io.lifeline.support.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limits ({@code lifeline.rate-limit.*}), each listed in the README's configuration table.
 * Every limit is a token bucket that holds {@code burst} requests and refills at {@code perMinute}.
 *
 * @param enabled        false only where tests about something else send from one address
 * @param device         per device (the subject of a device token)
 * @param staff          per staff member (the subject of a staff token)
 * @param address        per client address (IPv6 per /64), signed in or not
 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-For} is believed
 * @param trackedKeys    buckets kept per kind; beyond it the least recently used is forgotten
 */
@ConfigurationProperties("lifeline.rate-limit")
public record RateLimitProperties(boolean enabled, Limit device, Limit staff, Limit address, List<String> trustedProxies,
                                  int trackedKeys) {
    public RateLimitProperties {
        Objects.requireNonNull(device, "lifeline.rate-limit.device");
        Objects.requireNonNull(staff, "lifeline.rate-limit.staff");
        Objects.requireNonNull(address, "lifeline.rate-limit.address");
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        if (trackedKeys < 1) {
            throw new IllegalArgumentException("lifeline.rate-limit.tracked-keys must be at least 1");
        }
    }

    /** A bucket of {@code burst} requests that refills at {@code perMinute}. */
    public record Limit(int perMinute, int burst) {
        public Limit {
            if (perMinute < 1 || burst < 1) {
                throw new IllegalArgumentException("a rate limit needs per-minute and burst of at least 1");
            }
        }

        /** How long an empty bucket takes to fill: a bucket unused that long is as good as a new one. */
        Duration timeToFill() {
            return Duration.ofNanos((long) Math.ceil(burst * 60_000_000_000d / perMinute));
        }
    }
}
