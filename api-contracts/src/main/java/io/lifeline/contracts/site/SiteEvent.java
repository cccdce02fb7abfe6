package io.lifeline.contracts.site;

/** Everything that can happen to a site's configuration; each is a fact in the past tense. */
public sealed interface SiteEvent
        permits SiteCreated, SiteRenamed, SiteAppearanceChanged, SiteGreetingChanged, BusinessHoursChanged,
        PreChatFormChanged, AllowedOriginsChanged {
    SiteId site();
}
