package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Points at an uploaded attachment by its unguessable id (43 url-safe base64 characters, 256 bits).
 * The constructor takes any stored reference; {@link #validated()} holds the rule for a new one.
 */
public record AttachmentRef(@JsonValue String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @JsonCreator
    public AttachmentRef {
        Objects.requireNonNull(value, "value");
    }

    public AttachmentRef validated() {
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidField("attachment", "is 43 url-safe base64 characters");
        }
        return this;
    }
}
