package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tag staff put on conversations to sort them; lower-case so "Billing" and "billing" are one.
 * The constructor takes any stored label; {@link #validated()} holds the rule for a new one.
 */
public record Label(@JsonValue String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9 _-]{0,47}");

    @JsonCreator
    public Label {
        Objects.requireNonNull(value, "value");
    }

    public Label validated() {
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidField("label", "is 1 to 48 lower-case letters, digits, space, _ or -");
        }
        return this;
    }
}
