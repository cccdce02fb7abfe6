package io.lifeline.support.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Keeps bearer tokens out of every log, whoever writes the line: a library that prints a request's
 * headers at debug level (the WebSocket handshake's {@code Sec-WebSocket-Protocol} carries a
 * browser's token as {@code lifeline.bearer.<token>}), an exception whose message names the
 * subprotocols offered. A line that would contain a token is dropped before any appender sees it
 * and written again with every token replaced by {@code [redacted]}, its exception's messages too
 * (the stack trace stays). Only lines of an enabled level are looked at, so disabled debug
 * logging costs nothing more.
 */
public final class TokenRedaction extends TurboFilter {
    static final String REDACTED = "[redacted]";
    /** A token in the WebSocket subprotocol, an Authorization header's value, or any compact JWS (three base64url parts). */
    private static final Pattern TOKEN = Pattern.compile(
            "(lifeline\\.bearer\\.)[^\\s,;\"'\\]\\[]+|(Bearer)\\s+[A-Za-z0-9._~+/=-]{16,}"
                    + "|eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*");
    private static final String FQCN = TokenRedaction.class.getName();
    private final ThreadLocal<Boolean> rewriting = ThreadLocal.withInitial(() -> false);

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        // The level first: every disabled debug call of every library passes here, and it is the cheapest test.
        if (level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel()) || rewriting.get()) {
            return FilterReply.NEUTRAL; // not ours to judge: a disabled level, or the redacted line itself
        }
        Throwable thrown = t;
        Object[] arguments = params;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last; // SLF4J's convention: a trailing throwable is the exception, not an argument
        }
        String message = format == null ? null : MessageFormatter.arrayFormat(format, arguments).getMessage();
        boolean inMessage = message != null && TOKEN.matcher(message).find();
        boolean inThrowable = mentionsToken(thrown);
        if (!inMessage && !inThrowable) {
            return FilterReply.NEUTRAL;
        }
        rewriting.set(true);
        try {
            logger.log(marker, FQCN, Level.toLocationAwareLoggerInteger(level), redact(message), null,
                    inThrowable ? Redacted.of(thrown) : thrown);
        } finally {
            rewriting.set(false);
        }
        return FilterReply.DENY;
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
