package io.lifeline.contracts.site;

import io.lifeline.contracts.shape.InvalidField;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Everything an admin sets for a site's widget, at once. {@code businessHours} null: staff answer at
 * any time; {@code allowedOrigins} empty: the widget runs only on Lifeline's own origin.
 */
public record SiteSettings(SiteName name, WidgetColours colours, WidgetPosition position, String greeting,
                           String awayText, BusinessHours businessHours, List<PreChatField> preChatFields,
                           List<String> allowedOrigins) {
    public static final int MAX_PRE_CHAT_FIELDS = 10;

    public SiteSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colours, "colours");
        Objects.requireNonNull(position, "position");
        preChatFields = List.copyOf(Objects.requireNonNull(preChatFields, "preChatFields"));
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "allowedOrigins"));
    }

    /** The settings as a new command may carry them; origins in lower case, each once. */
    public SiteSettings validated() {
        if (preChatFields.size() > MAX_PRE_CHAT_FIELDS) {
            throw new InvalidField("preChatFields", "has at most " + MAX_PRE_CHAT_FIELDS + " fields");
        }
        preChatFields.forEach(PreChatField::validated);
        if (new HashSet<>(preChatFields.stream().map(PreChatField::key).toList()).size() != preChatFields.size()) {
            throw new InvalidField("preChatFields.key", "is different for every field");
        }
        return new SiteSettings(name.validated(), colours.validated(), position,
                SiteTexts.validated("greeting", greeting), SiteTexts.validated("awayText", awayText),
                businessHours == null ? null : businessHours.validated(), preChatFields,
                AllowedOrigins.validated(allowedOrigins));
    }
}
