package io.lifeline.contracts.site;

import io.lifeline.contracts.shape.InvalidField;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * When a site's staff answer: stretches of the week in an IANA time zone ({@code Europe/Berlin}).
 * A day with no stretch is closed. The constructor takes any stored value; {@link #validated()}
 * holds the rule.
 */
public record BusinessHours(String timeZone, List<OpeningHours> hours) {
    public static final int MAX_STRETCHES = 28;

    public BusinessHours {
        Objects.requireNonNull(timeZone, "timeZone");
        hours = List.copyOf(Objects.requireNonNull(hours, "hours"));
    }

    public BusinessHours validated() {
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new InvalidField("businessHours.timeZone", "is an IANA time zone such as Europe/Berlin");
        }
        if (hours.size() > MAX_STRETCHES) {
            throw new InvalidField("businessHours.hours", "has at most " + MAX_STRETCHES + " stretches");
        }
        hours.forEach(OpeningHours::validated);
        return this;
    }
}
