package io.lifeline.contracts.autoreply;

import io.lifeline.contracts.shape.InvalidField;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * When people are there: opening hours per weekday in a time zone, closed on the holidays (dates in
 * that zone). These are the stored shape; {@link #validated()} adds the rules for a new rule's hours.
 */
public record BusinessHours(String zone, List<OpeningHours> open, List<LocalDate> holidays) {
    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        open = open == null ? List.of() : List.copyOf(open);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** Whether the moment falls within opening hours on a day that is no holiday. */
    public boolean isOpenAt(Instant moment) {
        ZonedDateTime local = moment.atZone(ZoneId.of(zone));
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        return open.stream().anyMatch(hours -> hours.day() == local.getDayOfWeek()
                && !local.toLocalTime().isBefore(hours.from()) && local.toLocalTime().isBefore(hours.to()));
    }

    public BusinessHours validated() {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException unknown) {
            throw new InvalidField("zone", "is a time zone such as Europe/Berlin");
        }
        if (open.size() > 50 || holidays.size() > 366) {
            throw new InvalidField("open", "has at most 50 opening hours and 366 holidays");
        }
        for (OpeningHours hours : open) {
            if (hours.day() == null || hours.from() == null || hours.to() == null
                    || !hours.from().isBefore(hours.to())) {
                throw new InvalidField("open", "each names a day and a time from before a time to");
            }
        }
        return this;
    }
}
