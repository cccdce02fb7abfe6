package io.lifeline.support.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The buckets of this instance, one per device, staff member and client address. Each kind lives
 * in its own bounded cache: a bucket unused for as long as it takes to fill is dropped (it would be
 * full anyway), and beyond {@code tracked-keys} the least recently used goes first, so memory stays
 * bounded whatever the number of callers. Limits therefore hold per instance, not per cluster.
 */
@Component
public class RateLimiter {
    private final boolean enabled;
    private final Buckets devices;
    private final Buckets staff;
    private final Buckets addresses;

    @Autowired
    RateLimiter(RateLimitProperties properties) {
        this(properties, TimeMeter.SYSTEM_NANOTIME, Ticker.systemTicker());
    }

    RateLimiter(RateLimitProperties properties, TimeMeter clock, Ticker ticker) {
        this.enabled = properties.enabled();
        this.devices = new Buckets("device", properties.device(), properties.trackedKeys(), clock, ticker);
        this.staff = new Buckets("staff", properties.staff(), properties.trackedKeys(), clock, ticker);
        this.addresses = new Buckets("address", properties.address(), properties.trackedKeys(), clock, ticker);
    }

    /** Takes one request from the caller's bucket: {@code kind} is the token's {@code device} or {@code staff}. */
    public Optional<RateLimited> acquireForPrincipal(String kind, String subject) {
        if (!enabled || subject == null) {
            return Optional.empty();
        }
        if ("device".equals(kind)) {
            return devices.acquire(subject);
        }
        if ("staff".equals(kind)) {
            return staff.acquire(subject);
        }
        return Optional.empty();
    }

    public Optional<RateLimited> acquireForAddress(InetAddress address) {
        if (!enabled || address == null) {
            return Optional.empty();
        }
        return addresses.acquire(ClientAddresses.key(address));
    }

    /** How many device buckets are held now, after pending evictions. */
    long trackedDevices() {
        return devices.size();
    }

    private static final class Buckets {
        private final String scope;
        private final RateLimitProperties.Limit limit;
        private final TimeMeter clock;
        private final Cache<String, Bucket> buckets;

        Buckets(String scope, RateLimitProperties.Limit limit, int trackedKeys, TimeMeter clock, Ticker ticker) {
            this.scope = scope;
            this.limit = limit;
            this.clock = clock;
            this.buckets = Caffeine.newBuilder().maximumSize(trackedKeys).expireAfterAccess(limit.timeToFill())
                    .ticker(ticker).build();
        }

        long size() {
            buckets.cleanUp();
            return buckets.estimatedSize();
        }

        Optional<RateLimited> acquire(String key) {
            Bucket bucket = buckets.get(key, unused -> Bucket.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                            .refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                    .withCustomTimePrecision(clock)
                    .build());
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                return Optional.empty();
            }
            long seconds = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1_000_000_000d));
            return Optional.of(new RateLimited(scope, seconds));
        }
    }
}
