package io.lifeline.contracts.site;

import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.shape.StorableText;

/** The shape of the texts the widget shows: the greeting and the away text (either may be absent). */
public final class SiteTexts {
    public static final int MAX_LENGTH = 500;

    private SiteTexts() {
    }

    static String validated(String field, String text) {
        if (text == null) {
            return null;
        }
        if (text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidField(field, "has 1 to " + MAX_LENGTH + " characters, or is absent");
        }
        StorableText.MULTI_LINE.require(field, text);
        return text;
    }
}
