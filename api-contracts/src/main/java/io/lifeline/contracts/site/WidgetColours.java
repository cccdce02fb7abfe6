package io.lifeline.contracts.site;

import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The widget's colours as {@code #rrggbb}: the accent (launcher, header, the visitor's bubbles) and
 * the text drawn on it. The constructor takes any stored value; {@link #validated()} holds the rule.
 */
public record WidgetColours(String accent, String onAccent) {
    public static final WidgetColours DEFAULT = new WidgetColours("#1f5fbf", "#ffffff");
    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    public WidgetColours {
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(onAccent, "onAccent");
    }

    public WidgetColours validated() {
        require("colours.accent", accent);
        require("colours.onAccent", onAccent);
        return this;
    }

    private static void require(String field, String colour) {
        if (!HEX.matcher(colour).matches()) {
            throw new InvalidField(field, "is a colour written #rrggbb in lower-case hex");
        }
    }
}
