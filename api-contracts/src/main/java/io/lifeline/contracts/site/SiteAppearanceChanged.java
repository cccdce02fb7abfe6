package io.lifeline.contracts.site;

import org.axonframework.serialization.Revision;

/** An admin changed the colours of a site's widget and the corner it sits in. */
@Revision("1")
public record SiteAppearanceChanged(SiteId site, WidgetColours colours, WidgetPosition position) implements SiteEvent {}
