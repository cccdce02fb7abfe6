package io.lifeline.command.config;

import io.lifeline.contracts.CommandRefused;
import org.springframework.http.HttpStatus;

/**
 * How a refusal is worded on every edge of the command side (REST problems and the bridge's command
 * channel alike): the HTTP status a refusal's reason maps to, and a refused value's message only
 * where it is ours, so no class or library name reaches a client.
 */
public final class RefusalWords {
    private RefusalWords() {
    }

    public static HttpStatus statusOf(CommandRefused.Reason reason) {
        return switch (reason) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
    }

    /**
     * Our value objects explain themselves in plain words; anything else (an unknown enum name, a
     * malformed UUID) gets a generic sentence.
     */
    public static String safeMessage(IllegalArgumentException e) {
        String message = e.getMessage();
        boolean ours = message != null && !message.contains("io.lifeline") && !message.contains("java.")
                && !message.startsWith("No enum constant") && !message.startsWith("Invalid UUID");
        return ours ? message : "a value is not valid";
    }
}
