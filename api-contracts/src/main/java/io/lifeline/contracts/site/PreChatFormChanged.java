package io.lifeline.contracts.site;

import java.util.List;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/** An admin changed the questions a site's widget asks before a visitor's first message (none: no form). */
@Revision("1")
public record PreChatFormChanged(SiteId site, List<PreChatField> fields) implements SiteEvent {
    public PreChatFormChanged {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
