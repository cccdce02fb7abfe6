package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/** The idempotency key a client generates for a message, so a resend is stored once. */
public record ClientMessageId(@JsonValue String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @JsonCreator
    public ClientMessageId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a client message id has 1 to 64 letters, digits or . _ : -");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
