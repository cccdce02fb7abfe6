package io.lifeline.contracts.conversation;

import java.util.Objects;
import java.util.regex.Pattern;

/** The business matter a conversation is about: its kind and, optionally, the id of that object. */
public record ConversationContext(ContextKind kind, String referenceId) {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");

    public ConversationContext {
        Objects.requireNonNull(kind, "kind");
        if (referenceId != null && !REFERENCE.matcher(referenceId).matches()) {
            throw new IllegalArgumentException("a reference id has 1 to 128 letters, digits or . _ : / -");
        }
    }

    public static ConversationContext general() {
        return new ConversationContext(ContextKind.GENERAL, null);
    }
}
