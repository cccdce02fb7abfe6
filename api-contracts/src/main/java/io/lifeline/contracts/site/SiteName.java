package io.lifeline.contracts.site;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.shape.StorableText;
import java.util.Objects;

/** The name the widget shows in its header. The constructor takes any stored name; {@link #validated()} holds the rule. */
public record SiteName(@JsonValue String value) {
    public static final int MAX_LENGTH = 100;

    @JsonCreator
    public SiteName {
        Objects.requireNonNull(value, "value");
    }

    public SiteName validated() {
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
