package io.lifeline.contracts.responsetarget;

import io.lifeline.contracts.shape.InvalidField;
import java.time.Duration;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set (or change) the time within which conversations of a scope must get what the target's kind times. */
public record SetResponseTarget(ResponseTargetScope scope, Duration within) {
    public static final Duration SHORTEST = Duration.ofSeconds(1);
    public static final Duration LONGEST = Duration.ofDays(366);

    public SetResponseTarget {
        Objects.requireNonNull(scope, "scope");
        if (within == null || within.compareTo(SHORTEST) < 0 || within.compareTo(LONGEST) > 0) {
            throw new InvalidField("within", "is a duration from 1 second to 366 days, such as PT15M");
        }
    }

    @TargetAggregateIdentifier
    public ResponseTargetsId targets() {
        return ResponseTargetsId.TARGETS;
    }
}
