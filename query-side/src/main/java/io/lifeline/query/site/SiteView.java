package io.lifeline.query.site;

import io.lifeline.contracts.site.BusinessHours;
import io.lifeline.contracts.site.PreChatField;
import io.lifeline.contracts.site.WidgetColours;
import io.lifeline.contracts.site.WidgetPosition;
import java.time.Instant;
import java.util.List;

/**
 * A site's widget configuration. {@code businessHours} null: staff answer at any time;
 * {@code allowedOrigins} empty: the widget runs on Lifeline's own origin only. {@code version}
 * grows with every change.
 */
public record SiteView(String siteId, String name, WidgetColours colours, WidgetPosition position, String greeting,
                       String awayText, BusinessHours businessHours, List<PreChatField> preChatFields,
                       List<String> allowedOrigins, long version, Instant updatedAt) {
    public SiteView {
        preChatFields = List.copyOf(preChatFields);
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
