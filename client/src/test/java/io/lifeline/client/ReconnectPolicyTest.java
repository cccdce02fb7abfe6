package io.lifeline.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {
    private final ReconnectPolicy policy = ReconnectPolicy.defaults();

    @Test
    void waitsGrowExponentiallyFromTheInitialDelay() {
        assertThat(policy.delayAfter(0, 0)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.delayAfter(1, 0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delayAfter(3, 0)).isEqualTo(Duration.ofMillis(800));
    }

    @Test
    void waitsStopGrowingAtTheMaximum() {
        assertThat(policy.delayAfter(6, 0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(10_000, 0)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitterTakesOffAtMostItsShare() {
        assertThat(policy.delayAfter(2, 0.999)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        for (int i = 0; i < 100; i++) {
            assertThat(policy.delayAfter(20)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
        }
    }

    @Test
    void aPolicyThatCannotWorkIsRefused() {
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ZERO, Duration.ofSeconds(1), 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
