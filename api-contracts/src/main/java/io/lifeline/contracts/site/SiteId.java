package io.lifeline.contracts.site;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lifeline.contracts.shape.InvalidField;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a website that embeds the widget: 1 to 64 lower-case letters, digits and dashes, the same
 * id its identity-verification settings ({@code lifeline.sites.<id>.*}) use. The constructor takes
 * any stored id; {@link #of(String)} holds the rule for a new one.
 */
public record SiteId(@JsonValue String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @JsonCreator
    public SiteId {
        Objects.requireNonNull(value, "value");
    }

    public static SiteId of(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidField("siteId", "has 1 to 64 lower-case letters, digits or dashes, starting with a letter or digit");
        }
        return new SiteId(value);
    }

    /**
     * The site's event stream. Prefixed, because a site id could otherwise equal another aggregate's
     * id (the routing desk's, or a conversation's UUID) and two aggregates would share one stream.
     */
    public String streamId() {
        return "site:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
