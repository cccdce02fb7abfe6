package io.lifeline.bridge.websocket;

/**
 * Says what was wrong with an unreadable frame without echoing parser internals (class names,
 * input excerpts): the rule a value object states, or a general hint.
 */
final class InvalidFrames {
    private InvalidFrames() {
    }

    static String describe(Throwable unreadable) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
                String message = cause.getMessage();
                if (message != null && !message.contains("io.lifeline") && message.length() < 200) {
                    return cause instanceof NullPointerException ? message + " is required" : message;
                }
            }
        }
        return "not a frame of the Lifeline protocol: a JSON object whose type is subscribe, unsubscribe, "
                + "subscribe-inbox, send, typing, delivered, read or ping";
    }
}
