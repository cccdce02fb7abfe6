package io.lifeline.query.config;

import java.beans.PropertyEditorSupport;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.shape.StorableText;
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

    /** The rule every free-text field of Lifeline keeps (see {@link StorableText}); tab and line breaks pass. */
    static void check(String text) {
        if (text == null) return;
        try {
            StorableText.MULTI_LINE.require("parameter", text);
        } catch (InvalidField refused) {
            throw new Refused(refused.problem());
        }
    }
}
