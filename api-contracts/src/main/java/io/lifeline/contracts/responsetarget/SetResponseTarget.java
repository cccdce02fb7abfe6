package io.lifeline.contracts.responsetarget;

import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.shape.InvalidField;
import java.time.Duration;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Set (or change) the time within which conversations of a scope must get what the target's kind
 * times. With {@code businessHours} the time is counted only while those hours are open (a clock
 * started at night begins counting at the next opening); without, it is calendar time.
 */
public record SetResponseTarget(ResponseTargetScope scope, Duration within, BusinessHours businessHours) {
    public static final Duration SHORTEST = Duration.ofSeconds(1);
    public static final Duration LONGEST = Duration.ofDays(366);

    public SetResponseTarget {
        Objects.requireNonNull(scope, "scope");
        if (within == null || within.compareTo(SHORTEST) < 0 || within.compareTo(LONGEST) > 0) {
            throw new InvalidField("within", "is a duration from 1 second to 366 days, such as PT15M");
        }
        if (businessHours != null) {
            businessHours.validated();
            if (businessHours.open().isEmpty()) {
                throw new InvalidField("businessHours", "name at least one opening hour to count a target in");
            }
        }
    }

    /** A target counted in calendar time. */
    public SetResponseTarget(ResponseTargetScope scope, Duration within) {
        this(scope, within, null);
    }

    @TargetAggregateIdentifier
    public ResponseTargetsId targets() {
        return ResponseTargetsId.TARGETS;
    }
}
