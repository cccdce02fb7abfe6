package io.lifeline.command.identity;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.support.origins.OriginChecks;

/** Refused because the page asking is on an origin the site does not allow (or names no site at all). */
class OriginNotAllowed extends CommandRefused {
    OriginNotAllowed() {
        super(Reason.FORBIDDEN, OriginChecks.REFUSED, OriginChecks.REFUSED_DETAIL);
    }
}
