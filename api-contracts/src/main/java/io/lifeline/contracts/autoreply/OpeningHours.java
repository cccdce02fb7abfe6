package io.lifeline.contracts.autoreply;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Open on a day of the week from one time to a later one, in the business hours' time zone. */
public record OpeningHours(DayOfWeek day, LocalTime from, LocalTime to) {}
