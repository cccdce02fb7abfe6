package io.lifeline.support.storedevents;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.axonframework.common.DateTimeUtils;

/**
 * Reads an event's stored timestamp. Axon stores it as ISO-8601 text in UTC
 * ({@code 2026-12-05T05:53:15.549Z}, three to nine fraction digits), and a general ISO parser
 * costs a rebuild about a twelfth of its time; this reads that one shape digit by digit, and hands
 * any other to Axon's parser, so what it accepts and returns is the same.
 */
public final class StoredTimestamp {
    private StoredTimestamp() {
    }

    public static Instant parse(String text) {
        Instant fast = utc(text);
        return fast != null ? fast : DateTimeUtils.parseInstant(text);
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}, or null for any other shape. */
    private static Instant utc(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(text, 20, fraction);
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second | nanos) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException outOfRange) {
            throw new DateTimeParseException("Text '" + text + "' could not be parsed", text, 0, outOfRange);
        }
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
