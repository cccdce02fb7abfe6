package io.lifeline.command.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Password rules and the throttling of repeated failed sign-ins ({@code lifeline.security.sign-in.*}).
 * Failures are counted per username and client address together; after {@code maxFailures} of them
 * that address waits {@code firstDelay} before its next try for that username, and each further
 * failure doubles the wait, up to {@code maxDelay}.
 *
 * @param passwordMinLength the fewest characters a new password has (12 or more is advised)
 * @param maxFailures       failures from one address for one username before each try waits; 0 turns throttling off
 * @param failureWindow     failures are forgotten once an address has not failed for this long
 * @param firstDelay        the wait after the {@code maxFailures}th failure
 * @param maxDelay          the longest wait, however many failures follow
 */
@ConfigurationProperties("lifeline.security.sign-in")
public record SignInProperties(int passwordMinLength, int maxFailures, Duration failureWindow, Duration firstDelay,
                               Duration maxDelay) {
    public SignInProperties {
        if (passwordMinLength < 8 || passwordMinLength > 72) {
            throw new IllegalArgumentException("LIFELINE_PASSWORD_MIN_LENGTH must be 8 to 72");
        }
        if (maxFailures < 0) {
            throw new IllegalArgumentException("LIFELINE_SIGNIN_MAX_FAILURES must not be negative");
        }
        if (maxFailures > 0 && (!positive(failureWindow) || !positive(firstDelay) || !positive(maxDelay))) {
            throw new IllegalArgumentException(
                    "LIFELINE_SIGNIN_FAILURE_WINDOW, LIFELINE_SIGNIN_FIRST_DELAY and LIFELINE_SIGNIN_MAX_DELAY must be positive");
        }
        if (maxFailures > 0 && maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("LIFELINE_SIGNIN_MAX_DELAY must not be shorter than LIFELINE_SIGNIN_FIRST_DELAY");
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    /** The wait after a number of failures within the window: none below the limit, then doubling to the ceiling. */
    Duration delayAfter(int failures) {
        if (maxFailures == 0 || failures < maxFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - maxFailures, 30); // 2^30 times any delay is past any sensible ceiling
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
