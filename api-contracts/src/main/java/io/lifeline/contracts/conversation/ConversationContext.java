package io.lifeline.contracts.conversation;

import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The business matter a conversation is about: its kind and, optionally, the id of that object.
 * The constructor takes any stored context; {@link #validated()} holds the rule for a new one.
 */
public record ConversationContext(ContextKind kind, String referenceId) {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

    public ConversationContext {
        Objects.requireNonNull(kind, "kind");
    }

    public ConversationContext validated() {
        if (referenceId != null && !REFERENCE.matcher(referenceId).matches()) {
            throw new InvalidField("context.referenceId", "has 1 to 128 letters, digits or . _ : / -");
        }
        return this;
    }

    public static ConversationContext general() {
        return new ConversationContext(ContextKind.GENERAL, null);
    }
}
