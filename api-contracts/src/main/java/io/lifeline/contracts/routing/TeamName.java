package io.lifeline.contracts.routing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.shape.StorableText;
import java.util.Objects;

/**
 * A team's display name. The constructor takes any stored name; {@link #validated()} holds the rule
 * for a new one.
 */
public record TeamName(@JsonValue String value) {
    public static final int MAX_LENGTH = 100;

    @JsonCreator
    public TeamName {
        Objects.requireNonNull(value, "value");
    }

    public TeamName validated() {
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new InvalidField("name", "has 1 to " + MAX_LENGTH + " characters");
        }
        StorableText.SINGLE_LINE.require("name", value);
        return this;
    }

    @Override
    public String toString() {
        return value;
    }
}
