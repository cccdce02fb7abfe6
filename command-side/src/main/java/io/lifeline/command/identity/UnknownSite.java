package io.lifeline.command.identity;

import io.lifeline.contracts.CommandRefused;

/** Refused because no site with this id is configured: a set-up error worth seeing at once. */
class UnknownSite extends CommandRefused {
    UnknownSite() {
        super(Reason.INVALID, "unknown-site", "no site with this siteId is configured");
    }
}
