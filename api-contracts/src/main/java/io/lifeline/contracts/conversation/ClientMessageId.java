package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The idempotency key a client generates for a message, so a resend is stored once. The constructor
 * takes any stored key; {@link #validated()} holds the rule for a new one.
 */
public record ClientMessageId(@JsonValue String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @JsonCreator
    public ClientMessageId {
        Objects.requireNonNull(value, "value");
    }

    public ClientMessageId validated() {
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidField("clientMessageId", "has 1 to 64 letters, digits or . _ : -");
        }
        return this;
    }

    @Override
    public String toString() {
        return value;
    }
}
