package io.lifeline.contracts.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The id an app or widget generated for itself (a random secret, such as a UUID): the only thing
 * Lifeline knows of an anonymous person, so it must be long enough not to be guessed.
 */
public record DeviceId(@JsonValue String value) {
    static final int MIN_LENGTH = 16;
    static final int MAX_LENGTH = 128;

    @JsonCreator
    public DeviceId {
        Objects.requireNonNull(value, "value");
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("a device id has 16 to 128 letters, digits or . _ : -");
        }
    }

    /**
     * 16 to 128 ASCII letters, digits or {@code . _ : -}. Checked character by character rather than
     * with a regular expression: every stored event of a device reads one or two device ids, and a
     * matcher cost a rebuild about a twelfth of its time.
     */
    static boolean wellFormed(String value) {
        int length = value.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
