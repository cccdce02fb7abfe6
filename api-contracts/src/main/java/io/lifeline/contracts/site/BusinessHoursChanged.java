package io.lifeline.contracts.site;

import org.axonframework.serialization.Revision;

/** An admin changed when a site's staff answer; null hours: at any time. */
@Revision("1")
public record BusinessHoursChanged(SiteId site, BusinessHours hours) implements SiteEvent {}
