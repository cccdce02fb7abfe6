package io.lifeline.query.stats;

import io.lifeline.query.config.InvalidParameter;
import java.time.Duration;
import java.time.Instant;

/**
 * The range a statistic is asked for: {@code from} inclusive, {@code to} exclusive, the last seven
 * days when neither is given and seven days from the one given otherwise. The request's clock only
 * fills in what was not given, never the projection.
 */
public record Range(Instant from, Instant to) {
    static final Duration DEFAULT_LENGTH = Duration.ofDays(7);

    /** The asked range; 400 when {@code from} is not before {@code to}. */
    public static Range of(Instant from, Instant to) {
        Instant end = to != null ? to : from != null ? from.plus(DEFAULT_LENGTH) : Instant.now();
        Instant start = from != null ? from : end.minus(DEFAULT_LENGTH);
        if (!start.isBefore(end)) {
            throw new InvalidParameter("from", "must be before 'to'");
        }
        return new Range(start, end);
    }

    Duration length() {
        return Duration.between(from, to);
    }
}
