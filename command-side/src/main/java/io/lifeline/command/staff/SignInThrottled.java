package io.lifeline.command.staff;

/**
 * A sign-in (or a password change's check of the current password) refused unchecked because this
 * address failed for this username too often lately: answered 429 {@code sign-in-throttled} with
 * {@code Retry-After}. It says nothing about whether the username exists: unknown ones are
 * throttled alike.
 */
public class SignInThrottled extends RuntimeException {
    private final long retryAfterSeconds;

    SignInThrottled(long retryAfterSeconds) {
        super("too many failed sign-ins for this username from your address; try again in " + retryAfterSeconds + " s",
                null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
