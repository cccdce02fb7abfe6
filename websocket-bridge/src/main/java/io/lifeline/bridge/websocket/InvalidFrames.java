package io.lifeline.bridge.websocket;

import java.util.regex.Pattern;

/**
 * Says what was wrong with an unreadable frame without echoing parser internals (class names,
 * input excerpts): the rule a value object states, or a general hint.
 */
final class InvalidFrames {
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    private InvalidFrames() {
    }

    static String describe(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof IllegalArgumentException && message != null && !message.contains("io.lifeline")
                    && message.length() < 200) {
                return message;
            }
            // Only a field named by requireNonNull, never the JVM's own account of a null ("Cannot invoke ...").
            if (cause instanceof NullPointerException && message != null && FIELD_NAME.matcher(message).matches()) {
                return message + " is required";
            }
        }
        return "not a frame of the Lifeline protocol: a JSON object whose type is subscribe, unsubscribe, "
                + "subscribe-inbox, send, typing, delivered, read or ping";
    }
}
