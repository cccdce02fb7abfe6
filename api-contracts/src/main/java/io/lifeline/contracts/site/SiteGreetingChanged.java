package io.lifeline.contracts.site;

import org.axonframework.serialization.Revision;

/** An admin changed what a site's widget greets visitors with, and what it says outside business hours (either may be null). */
@Revision("1")
public record SiteGreetingChanged(SiteId site, String greeting, String awayText) implements SiteEvent {}
