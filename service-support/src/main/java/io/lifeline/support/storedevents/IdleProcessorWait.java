package io.lifeline.support.storedevents;

import java.time.Duration;

/**
 * How long an idle tracking processor waits for events before it extends its token claim and waits
 * again ({@code lifeline.event-processing.idle-wait}). New events end the wait at once (the event
 * store's producer hands them over as soon as it fetched them), so a longer wait delays nothing; it
 * spares one transaction per processor per wait. It must stay well inside the claim timeout (Axon's
 * default, 10 s), or an idle processor's claim could lapse between two extensions. Stopping a
 * processor waits out its current wait, so it also bounds how long a processor takes to stop.
 */
public final class IdleProcessorWait {
    /** Axon's token claims lapse this long after they were last extended. */
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    /** A claim is extended at least three times before it could lapse. */
    static final Duration LONGEST = CLAIM_TIMEOUT.dividedBy(3);

    private IdleProcessorWait() {
    }

    /** The wait in milliseconds, as Axon's processor configuration takes it; refuses one the claims would not survive. */
    public static int millis(Duration wait) {
        if (wait.isNegative() || wait.isZero() || wait.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("lifeline.event-processing.idle-wait must be more than 0 and at most "
                    + LONGEST.toMillis() + " ms (a third of the 10 s token claim timeout), not " + wait);
        }
        return Math.toIntExact(wait.toMillis());
    }
}
