package io.lifeline.contracts.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.shape.StorableText;
import java.util.Objects;

/**
 * Message text as typed, stored as data and never as markup. The constructor takes any stored text
 * (events are facts); {@link #validated()} holds the rules a new message must meet. The hard ceiling
 * guards the store; the configurable, lower limit is a rule of the conversation.
 */
public record MessageBody(@JsonValue String text) {
    public static final int HARD_MAX_LENGTH = 65_536;

    @JsonCreator
    public MessageBody {
        Objects.requireNonNull(text, "text");
    }

    /** This body if a new message may say it: not blank, not too long, every character storable. */
    public MessageBody validated() {
        if (text.isBlank()) {
            throw new InvalidField("text", "must not be blank");
        }
        if (text.length() > HARD_MAX_LENGTH) {
            throw new InvalidField("text", "has at most " + HARD_MAX_LENGTH + " characters");
        }
        StorableText.MULTI_LINE.require("text", text);
        return this;
    }

    public int length() {
        return text.codePointCount(0, text.length());
    }
}
