package io.lifeline.support.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps bearer tokens out of every log, whoever writes the line: a library that prints a request's
 * headers at debug level (the WebSocket handshake's {@code Sec-WebSocket-Protocol} carries a
 * browser's token as {@code lifeline.bearer.<token>}), an exception whose message names the
 * subprotocols offered. An event whose message or exception messages hold a token becomes a copy
 * with every token replaced by {@code [redacted]} (the stack trace stays); any other event is
 * passed on as it is. {@link RedactingAppender} applies it in front of every appender.
 */
public final class TokenRedaction {
    static final String REDACTED = "[redacted]";
    /** A token in the WebSocket subprotocol, an Authorization header's value, or any compact JWS (three base64url parts). */
    private static final Pattern TOKEN = Pattern.compile(
            "(lifeline\\.bearer\\.)[^\\s,;\"'\\]\\[]+|(Bearer)\\s+[A-Za-z0-9._~+/=-]{16,}"
                    + "|eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");

    private TokenRedaction() {
    }

    /** The event itself when it names no token, else a copy without any. */
    static ILoggingEvent of(ILoggingEvent event, LoggerContext context) {
        String message = event.getFormattedMessage();
        boolean inMessage = message != null && TOKEN.matcher(message).find();
        Throwable thrown = event.getThrowableProxy() instanceof ThrowableProxy proxy ? proxy.getThrowable() : null;
        boolean inThrowable = mentionsToken(thrown);
        if (!inMessage && !inThrowable) {
            return event;
        }
        var copy = new LoggingEvent(TokenRedaction.class.getName(), context.getLogger(event.getLoggerName()), event.getLevel(),
                redact(message), inThrowable ? Redacted.of(thrown) : thrown, null);
        copy.setInstant(event.getInstant());
        copy.setThreadName(event.getThreadName());
        copy.setMDCPropertyMap(event.getMDCPropertyMap());
        copy.setKeyValuePairs(event.getKeyValuePairs());
        copy.setCallerData(event.getCallerData()); // the original finds its caller on this thread's stack, if a layout asks
        if (event.getMarkerList() != null) {
            event.getMarkerList().forEach(copy::addMarker);
        }
        return copy;
    }

    /** The text with every token replaced; null stays null. */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = TOKEN.matcher(text);
        var redacted = new StringBuilder();
        while (matcher.find()) {
            String kept = matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2) + " " : "";
            matcher.appendReplacement(redacted, Matcher.quoteReplacement(kept + REDACTED));
        }
        matcher.appendTail(redacted);
        return redacted.toString();
    }

    private static boolean mentionsToken(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && TOKEN.matcher(cause.getMessage()).find()) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** An exception as it was, its own class named in front of its redacted message, with its stack trace and causes. */
    static final class Redacted extends RuntimeException {
        private Redacted(Throwable original, Throwable cause) {
            super(original.getClass().getName() + ": " + redact(original.getMessage()), cause, false, true);
            setStackTrace(original.getStackTrace());
        }

        static Throwable of(Throwable original) {
            if (original == null) {
                return null;
            }
            Throwable cause = original.getCause() == null || original.getCause() == original ? null : of(original.getCause());
            return new Redacted(original, cause);
        }
    }
}
