package io.lifeline.command.site;

import io.lifeline.contracts.CommandRefused;

/** Refused because configuring a site is for admins. */
class SiteConfigurationNotPermitted extends CommandRefused {
    SiteConfigurationNotPermitted() {
        super(Reason.FORBIDDEN, "admin-required", "only an admin may configure sites");
    }
}
