package io.lifeline.command.conversation;

import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.autoreply.OpeningHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts time only while business hours are open: walks the calendar day by day in the hours' zone,
 * skipping holidays and closed days, and spends the duration in each day's opening stretches
 * (overlapping stretches count once). A stretch is measured between its real instants, so on a day
 * the clocks change an open stretch across the change is an hour shorter or longer, as the people
 * working it live it; a wall time that does not exist that day is moved later, as {@link ZonedDateTime} does.
 */
final class BusinessCalendar {
    /** Hours that are open less than a minute a week would walk for ever; past this the due time is calendar time. */
    private static final int MOST_DAYS_WALKED = 366 * 10;
    private final BusinessHours hours;
    private final ZoneId zone;

    BusinessCalendar(BusinessHours hours) {
        this.hours = hours;
        this.zone = ZoneId.of(hours.zone());
    }

    /** The instant by which {@code openTime} of opening hours has passed, counting from {@code start}. */
    Instant plusOpenTime(Instant start, Duration openTime) {
        Duration left = openTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int walked = 0; walked < MOST_DAYS_WALKED; walked++, day = day.plusDays(1)) {
            if (hours.holidays().contains(day)) {
                continue;
            }
            for (Stretch stretch : stretchesOf(day)) {
                Instant from = stretch.from().isAfter(start) ? stretch.from() : start;
                if (!stretch.to().isAfter(from)) {
                    continue; // over before the clock started
                }
                Duration open = Duration.between(from, stretch.to());
                if (open.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(open);
            }
        }
        return start.plus(openTime);
    }

    private record Stretch(Instant from, Instant to) {}

    /** The day's opening hours as instants, in order, overlapping ones merged. */
    private List<Stretch> stretchesOf(LocalDate day) {
        List<OpeningHours> open = hours.open().stream().filter(h -> h.day() == day.getDayOfWeek())
                .sorted(Comparator.comparing(OpeningHours::from)).toList();
        List<Stretch> stretches = new ArrayList<>();
        for (OpeningHours h : open) {
            Instant from = at(day, h.from());
            Instant to = at(day, h.to());
            if (!stretches.isEmpty() && !from.isAfter(stretches.get(stretches.size() - 1).to())) {
                Stretch last = stretches.remove(stretches.size() - 1);
                stretches.add(new Stretch(last.from(), to.isAfter(last.to()) ? to : last.to()));
            } else if (to.isAfter(from)) {
                stretches.add(new Stretch(from, to));
            }
        }
        return stretches;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }
}
