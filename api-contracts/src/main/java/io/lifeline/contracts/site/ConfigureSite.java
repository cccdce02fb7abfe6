package io.lifeline.contracts.site;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Create a site or change its settings; only the parts that differ from what it has become events. */
public record ConfigureSite(SiteId site, SiteSettings settings) {
    public ConfigureSite {
        Objects.requireNonNull(site, "site");
        settings = Objects.requireNonNull(settings, "settings").validated();
    }

    @TargetAggregateIdentifier
    public String stream() {
        return site.streamId();
    }
}
