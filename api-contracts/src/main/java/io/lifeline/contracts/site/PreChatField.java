package io.lifeline.contracts.site;

import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.shape.StorableText;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One question the widget asks before a visitor's first message: a key (lower-case letters, digits,
 * dashes), the label shown, its kind and whether it must be answered.
 */
public record PreChatField(String key, String label, PreChatFieldType type, boolean required) {
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    public static final int MAX_LABEL = 100;

    public PreChatField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }

    PreChatField validated() {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidField("preChatFields.key", "has 1 to 32 lower-case letters, digits or dashes, starting with a letter");
        }
        if (label.isBlank() || label.length() > MAX_LABEL) {
            throw new InvalidField("preChatFields.label", "has 1 to " + MAX_LABEL + " characters");
        }
        StorableText.SINGLE_LINE.require("preChatFields.label", label);
        return this;
    }
}
