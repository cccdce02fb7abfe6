package io.lifeline.contracts.site;

import org.axonframework.serialization.Revision;

/** An admin created a site for the widget, under this id and name. */
@Revision("1")
public record SiteCreated(SiteId site, SiteName name) implements SiteEvent {}
