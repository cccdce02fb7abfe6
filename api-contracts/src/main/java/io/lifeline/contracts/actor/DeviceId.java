package io.lifeline.contracts.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id an app or widget generated for itself (a random secret, such as a UUID): the only thing
 * Lifeline knows of an anonymous person, so it must be long enough not to be guessed.
 */
public record DeviceId(@JsonValue String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{16,128}");

    @JsonCreator
    public DeviceId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a device id has 16 to 128 letters, digits or . _ : -");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
