package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/** Points at an uploaded attachment by its unguessable id (43 url-safe base64 characters, 256 bits). */
public record AttachmentRef(@JsonValue String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @JsonCreator
    public AttachmentRef {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("an attachment reference is 43 url-safe base64 characters");
        }
    }
}
