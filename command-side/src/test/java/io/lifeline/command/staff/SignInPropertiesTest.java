package io.lifeline.command.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInPropertiesTest {
    private final SignInProperties properties = new SignInProperties(12, 5, Duration.ofMinutes(15), Duration.ofSeconds(30),
            Duration.ofMinutes(15));

    @Test
    void noWaitBelowTheLimitThenTheFirstDelayDoublingUpToTheCeiling() {
        assertThat(properties.delayAfter(4)).isZero();
        assertThat(properties.delayAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.delayAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(properties.delayAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void zeroFailuresTurnsThrottlingOff() {
        var off = new SignInProperties(12, 0, null, null, null);
        assertThat(off.delayAfter(1_000)).isZero();
    }

    @Test
    void aCeilingBelowTheFirstDelayIsRefused() {
        assertThatThrownBy(() -> new SignInProperties(12, 5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
