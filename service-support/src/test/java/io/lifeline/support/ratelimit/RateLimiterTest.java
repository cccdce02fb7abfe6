package io.lifeline.support.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private long now;
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return now;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final Ticker ticker = () -> now;
    private final RateLimiter limiter = new RateLimiter(new RateLimitProperties(true,
            new RateLimitProperties.Limit(6, 3), new RateLimitProperties.Limit(60, 5),
            new RateLimitProperties.Limit(120, 10), List.of(), 1000), clock, ticker);

    @Test
    void aBurstIsAcceptedThenTheNextWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquireForPrincipal("device", "d-1")).isEmpty();
        }
        Optional<RateLimited> refused = limiter.acquireForPrincipal("device", "d-1");
        assertThat(refused).contains(new RateLimited("device", 10)); // six a minute: one every ten seconds

        now += Duration.ofSeconds(4).toNanos();
        assertThat(limiter.acquireForPrincipal("device", "d-1")).contains(new RateLimited("device", 6));
        now += Duration.ofSeconds(6).toNanos();
        assertThat(limiter.acquireForPrincipal("device", "d-1")).isEmpty();
    }

    @Test
    void eachCallerHasItsOwnBucket() {
        IntStream.range(0, 3).forEach(i -> limiter.acquireForPrincipal("device", "d-1"));
        assertThat(limiter.acquireForPrincipal("device", "d-1")).isPresent();
        assertThat(limiter.acquireForPrincipal("device", "d-2")).isEmpty();
        assertThat(limiter.acquireForPrincipal("staff", "d-1")).isEmpty(); // a staff member is not a device
    }

    @Test
    void staffAndAddressesHaveTheirOwnLimits() throws Exception {
        IntStream.range(0, 5).forEach(i -> assertThat(limiter.acquireForPrincipal("staff", "s-1")).isEmpty());
        assertThat(limiter.acquireForPrincipal("staff", "s-1")).contains(new RateLimited("staff", 1));
        InetAddress address = InetAddress.getByName("203.0.113.9");
        IntStream.range(0, 10).forEach(i -> assertThat(limiter.acquireForAddress(address)).isEmpty());
        assertThat(limiter.acquireForAddress(address)).contains(new RateLimited("address", 1));
    }

    @Test
    void unknownKindsAndDisabledLimitsCountNothing() {
        assertThat(limiter.acquireForPrincipal("robot", "r-1")).isEmpty();
        var off = new RateLimiter(new RateLimitProperties(false, new RateLimitProperties.Limit(1, 1),
                new RateLimitProperties.Limit(1, 1), new RateLimitProperties.Limit(1, 1), List.of(), 10), clock, ticker);
        IntStream.range(0, 5).forEach(i -> assertThat(off.acquireForPrincipal("device", "d-1")).isEmpty());
    }

    @Test
    void memoryIsBoundedByTheTrackedKeys() {
        var small = new RateLimiter(new RateLimitProperties(true, new RateLimitProperties.Limit(1, 1),
                new RateLimitProperties.Limit(1, 1), new RateLimitProperties.Limit(1, 1), List.of(), 10), clock, ticker);
        IntStream.range(0, 10_000).forEach(i -> small.acquireForPrincipal("device", "d-" + i));
        assertThat(small.trackedDevices()).isLessThanOrEqualTo(10);
    }
}
