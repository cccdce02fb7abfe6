package io.lifeline.command.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Password rules and the lockout of repeated failed sign-ins ({@code lifeline.security.sign-in.*}).
 *
 * @param passwordMinLength the fewest characters a new password has (12 or more is advised)
 * @param maxFailures       failed sign-ins per username within {@code failureWindow} that lock it; 0 turns the lockout off
 * @param failureWindow     how far back failures count
 * @param lockout           how long a locked username refuses every sign-in, right password or not
 */
@ConfigurationProperties("lifeline.security.sign-in")
public record SignInProperties(int passwordMinLength, int maxFailures, Duration failureWindow, Duration lockout) {
    public SignInProperties {
        if (passwordMinLength < 8 || passwordMinLength > 72) {
            throw new IllegalArgumentException("LIFELINE_PASSWORD_MIN_LENGTH must be 8 to 72");
        }
        if (maxFailures < 0) {
            throw new IllegalArgumentException("LIFELINE_SIGNIN_MAX_FAILURES must not be negative");
        }
        if (maxFailures > 0 && (failureWindow == null || failureWindow.isNegative() || failureWindow.isZero()
                || lockout == null || lockout.isNegative() || lockout.isZero())) {
            throw new IllegalArgumentException("LIFELINE_SIGNIN_FAILURE_WINDOW and LIFELINE_SIGNIN_LOCKOUT must be positive");
        }
    }
}
