package io.lifeline.command.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.autoreply.BusinessHours;
import io.lifeline.contracts.autoreply.OpeningHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Response targets counted in business hours: time passes only while open, in the hours' own zone. */
class BusinessCalendarTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25); // a Friday
    private static final BusinessHours WEEKDAYS_NINE_TO_FIVE = new BusinessHours("Europe/Berlin",
            Stream.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
                    .map(day -> new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList(),
            List.of(CHRISTMAS));
    private final BusinessCalendar calendar = new BusinessCalendar(WEEKDAYS_NINE_TO_FIVE);

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @Test
    void aClockStartedWhileOpenCountsOnlyTheOpenTimeThatDay() {
        assertThat(calendar.plusOpenTime(berlin("2026-12-01T10:00"), Duration.ofHours(3))).isEqualTo(berlin("2026-12-01T13:00"));
    }

    @Test
    void aClockStartedAtNightBeginsCountingAtTheNextOpening() {
        assertThat(calendar.plusOpenTime(berlin("2026-12-01T20:00"), Duration.ofMinutes(30)))
                .isEqualTo(berlin("2026-12-02T09:30"));
        assertThat(calendar.plusOpenTime(berlin("2026-12-02T06:15"), Duration.ofMinutes(30)))
                .isEqualTo(berlin("2026-12-02T09:30"));
    }

    @Test
    void whatIsLeftAtClosingCarriesOverTheWeekend() {
        assertThat(calendar.plusOpenTime(berlin("2026-12-04T16:30"), Duration.ofHours(1))).isEqualTo(berlin("2026-12-07T09:30"));
    }

    @Test
    void aClockStartedOnASaturdayIsDueOnMonday() {
        assertThat(calendar.plusOpenTime(berlin("2026-12-05T11:00"), Duration.ofMinutes(5))).isEqualTo(berlin("2026-12-07T09:05"));
    }

    @Test
    void aHolidayDoesNotCount() {
        // Thursday 24th: one hour left that day; Friday 25th is a holiday, then the weekend.
        assertThat(calendar.plusOpenTime(berlin("2026-12-24T16:00"), Duration.ofHours(2))).isEqualTo(berlin("2026-12-28T10:00"));
    }

    @Test
    void aDueTimeAcrossTheChangeToSummerTimeKeepsTheLocalOpeningHours() {
        // The clocks go forward in the night to Sunday 29 March 2026: Monday opens at 09:00 CEST (07:00 UTC).
        assertThat(calendar.plusOpenTime(berlin("2026-03-27T16:00"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void anOpeningStretchAcrossTheChangeToSummerTimeIsAnHourShorter() {
        // Open on Sundays 01:00-05:00: on 29 March that is 00:00Z to 03:00Z, three real hours.
        BusinessCalendar sundayNights = new BusinessCalendar(new BusinessHours("Europe/Berlin",
                List.of(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(5, 0))), List.of()));
        Instant saturday = berlin("2026-03-28T12:00");
        assertThat(sundayNights.plusOpenTime(saturday, Duration.ofHours(3))).isEqualTo(Instant.parse("2026-03-29T03:00:00Z"));
        assertThat(sundayNights.plusOpenTime(saturday, Duration.ofMinutes(210))).isEqualTo(berlin("2026-04-05T01:30"));
    }

    @Test
    void overlappingOpeningHoursCountOnce() {
        BusinessCalendar overlapping = new BusinessCalendar(new BusinessHours("Europe/Berlin", List.of(
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))), List.of()));
        // Open 09:00 to 13:00: four hours, not five.
        assertThat(overlapping.plusOpenTime(berlin("2026-12-07T09:00"), Duration.ofHours(4))).isEqualTo(berlin("2026-12-07T13:00"));
        assertThat(overlapping.plusOpenTime(berlin("2026-12-07T09:00"), Duration.ofHours(5))).isEqualTo(berlin("2026-12-14T10:00"));
    }

    @Test
    void aCalendarTargetIsPlainElapsedTime() {
        Instant saturdayNight = berlin("2026-12-05T23:00");
        assertThat(ResponseTarget.calendar(Duration.ofMinutes(5)).dueFrom(saturdayNight)).isEqualTo(saturdayNight.plusSeconds(300));
        assertThat(new ResponseTarget(Duration.ofMinutes(5), WEEKDAYS_NINE_TO_FIVE).dueFrom(saturdayNight))
                .isEqualTo(berlin("2026-12-07T09:05"));
    }
}
