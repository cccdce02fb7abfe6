package io.lifeline.contracts.site;

import io.lifeline.contracts.shape.InvalidField;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One stretch of a day when staff answer, {@code opens} to {@code closes} as {@code HH:mm} in the
 * site's time zone ({@code closes} is exclusive; {@code 24:00} is the end of the day).
 */
public record OpeningHours(DayOfWeek day, String opens, String closes) {
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");

    public OpeningHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }

    OpeningHours validated() {
        if (!TIME.matcher(opens).matches() || opens.equals("24:00")) {
            throw new InvalidField("businessHours.hours.opens", "is a time of day written HH:mm");
        }
        if (!TIME.matcher(closes).matches()) {
            throw new InvalidField("businessHours.hours.closes", "is a time of day written HH:mm, or 24:00");
        }
        if (minutes(closes) <= minutes(opens)) {
            throw new InvalidField("businessHours.hours.closes", "is later than opens on the same day");
        }
        return this;
    }

    private static int minutes(String time) {
        if (time.equals("24:00")) {
            return 24 * 60;
        }
        try {
            return LocalTime.parse(time).toSecondOfDay() / 60;
        } catch (DateTimeParseException e) {
            throw new InvalidField("businessHours.hours", "is a time of day written HH:mm");
        }
    }
}
