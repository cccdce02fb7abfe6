package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Message text as typed, stored as data and never as markup. The hard ceiling here guards the
 * store; the configurable, lower limit is a rule of the conversation.
 */
public record MessageBody(@JsonValue String text) {
    public static final int HARD_MAX_LENGTH = 65_536;

    @JsonCreator
    public MessageBody {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a message body must not be blank");
        }
        if (text.length() > HARD_MAX_LENGTH) {
            throw new IllegalArgumentException("a message body has at most " + HARD_MAX_LENGTH + " characters");
        }
    }

    public int length() {
        return text.codePointCount(0, text.length());
    }
}
