package io.lifeline.command.conversation;

import io.lifeline.contracts.autoreply.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A response target as a conversation reads it: how long, counted in calendar time or (with {@code businessHours}) only while open. */
public record ResponseTarget(Duration within, BusinessHours businessHours) {
    public ResponseTarget {
        Objects.requireNonNull(within, "within");
    }

    public static ResponseTarget calendar(Duration within) {
        return new ResponseTarget(within, null);
    }

    /** When what this target times is due if its clock starts at {@code start}. */
    Instant dueFrom(Instant start) {
        return businessHours == null ? start.plus(within) : new BusinessCalendar(businessHours).plusOpenTime(start, within);
    }
}
