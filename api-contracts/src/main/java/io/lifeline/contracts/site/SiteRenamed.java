package io.lifeline.contracts.site;

import org.axonframework.serialization.Revision;

/** An admin gave a site the name its widget shows. */
@Revision("1")
public record SiteRenamed(SiteId site, SiteName name) implements SiteEvent {}
