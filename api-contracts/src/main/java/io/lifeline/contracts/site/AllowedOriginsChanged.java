package io.lifeline.contracts.site;

import java.util.List;
import java.util.Objects;
import org.axonframework.serialization.Revision;

/** An admin changed the web origins a site's widget may run on (none: only Lifeline's own). */
@Revision("1")
public record AllowedOriginsChanged(SiteId site, List<String> origins) implements SiteEvent {
    public AllowedOriginsChanged {
        origins = List.copyOf(Objects.requireNonNull(origins, "origins"));
    }
}
