package io.lifeline.contracts.staff;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name a staff member signs in with: lower-case, so "Ana" and "ana" are one account. The
 * constructor takes any stored name; {@link #validated()} holds the rule for a new account.
 */
public record Username(@JsonValue String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @JsonCreator
    public Username {
        Objects.requireNonNull(value, "value");
    }

    public Username validated() {
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidField("username", "is 3 to 64 lower-case letters, digits, . _ or -");
        }
        return this;
    }

    @Override
    public String toString() {
        return value;
    }
}
