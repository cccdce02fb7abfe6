package io.lifeline.query.config;

import java.beans.PropertyEditorSupport;
import java.util.Locale;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * One check for every free-text request parameter and path variable of the query API (everything
 * bound as a {@code String}: search words, labels, actors, types, cursors, figures): it must be
 * text that PostgreSQL can compare and a person can have meant. A NUL (U+0000, which PostgreSQL
 * cannot hold in text and answers with an error), any other control character but tab and line
 * breaks, or a lone surrogate is refused before a controller runs, and the refusal names the
 * parameter (see {@code ProblemDetailsAdvice}). Typed parameters (enums, ids, instants, numbers)
 * are refused by their own conversion.
 */
@ControllerAdvice
class FreeTextParameters {

    @InitBinder
    void checkFreeText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new FreeTextEditor()); // one per binder: editors hold state
    }

    /** What is wrong with a free-text value; completes "parameter 'name' ...". */
    static final class Refused extends IllegalArgumentException {
        Refused(String problem) {
            super(problem, null);
        }
    }

    /** Keeps the value as given (no trimming): it only refuses what is not text. */
    static final class FreeTextEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            check(text);
            setValue(text);
        }
    }

    static void check(String text) {
        if (text == null) return;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (Character.isHighSurrogate(c) && index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++; // a well-formed pair: one character outside the basic plane
            } else if (Character.isSurrogate(c)) {
                throw new Refused("contains a lone surrogate " + codePoint(c) + ", which is not text");
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new Refused("contains the control character " + codePoint(c) + (c == 0 ? " (NUL)" : "")
                        + ", which is not allowed");
            }
        }
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
