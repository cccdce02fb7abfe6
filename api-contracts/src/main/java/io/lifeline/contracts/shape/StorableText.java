package io.lifeline.contracts.shape;

import java.util.Locale;

/**
 * Which characters a free-text field may hold: none that PostgreSQL's text columns cannot store
 * (U+0000), no unpaired UTF-16 surrogate (not a character at all), no other control character and
 * no noncharacter. Multi-line text (messages, notes) keeps newline, carriage return and tab;
 * single-line text (subjects, names) keeps none of them.
 */
public enum StorableText {
    SINGLE_LINE,
    MULTI_LINE;

    /** Returns the text if every character may be stored in this kind of field, else names the first that may not. */
    public String require(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidField(field, "holds an unpaired surrogate " + codePoint(c) + " at character " + (i + 1)
                        + "; send text as valid UTF-16/UTF-8");
            } else if (!allowed(c)) {
                throw new InvalidField(field, "holds the control character " + codePoint(c) + " at character " + (i + 1)
                        + (this == MULTI_LINE ? "; of the control characters only newline, carriage return and tab may be here"
                        : "; a single line of text holds no control character"));
            }
        }
        return text;
    }

    private boolean allowed(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return this == MULTI_LINE;
        }
        if (c == '\u2028' || c == '\u2029') {
            return this == MULTI_LINE;
        }
        return !Character.isISOControl(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
