package io.lifeline.contracts.autoreply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.shape.InvalidField;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
    private final BusinessHours berlinWeekdays = new BusinessHours("Europe/Berlin",
            List.of(new OpeningHours(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
            List.of(LocalDate.of(2026, 12, 25)));

    @Test
    void openHoursCountInTheBusinessesTimeZone() {
        // Friday 2026-12-04: 08:30 UTC is 09:30 in Berlin, 16:30 UTC is 17:30 there.
        assertThat(berlinWeekdays.isOpenAt(Instant.parse("2026-12-04T08:30:00Z"))).isTrue();
        assertThat(berlinWeekdays.isOpenAt(Instant.parse("2026-12-04T07:59:59Z"))).isFalse();
        assertThat(berlinWeekdays.isOpenAt(Instant.parse("2026-12-04T16:00:00Z"))).as("17:00 is closing time").isFalse();
        assertThat(berlinWeekdays.isOpenAt(Instant.parse("2026-12-05T10:00:00Z"))).as("a Saturday").isFalse();
    }

    @Test
    void aHolidayIsClosedAllDay() {
        assertThat(berlinWeekdays.isOpenAt(Instant.parse("2026-12-25T10:00:00Z"))).isFalse();
    }

    @Test
    void newHoursNeedAKnownZoneAndTimesInOrder() {
        assertThatThrownBy(() -> new BusinessHours("Mars/Olympus", List.of(), List.of()).validated())
                .isInstanceOf(InvalidField.class);
        assertThatThrownBy(() -> new BusinessHours("UTC", List.of(new OpeningHours(DayOfWeek.MONDAY,
                LocalTime.of(17, 0), LocalTime.of(9, 0))), List.of()).validated()).isInstanceOf(InvalidField.class);
    }
}
