package io.lifeline.support.storedevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleProcessorWaitTest {

    @Test
    void givesTheWaitInMilliseconds() {
        assertThat(IdleProcessorWait.millis(Duration.ofSeconds(3))).isEqualTo(3_000);
        assertThat(IdleProcessorWait.millis(Duration.ofMillis(1))).isEqualTo(1);
    }

    @Test
    void allowsAThirdOfTheClaimTimeoutAtMost() {
        assertThat(IdleProcessorWait.millis(Duration.ofMillis(3_333))).isEqualTo(3_333);
        assertThatThrownBy(() -> IdleProcessorWait.millis(Duration.ofMillis(3_334)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lifeline.event-processing.idle-wait");
    }

    @Test
    void refusesNoWait() {
        assertThatThrownBy(() -> IdleProcessorWait.millis(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdleProcessorWait.millis(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
