package io.lifeline.command.identity;

import io.lifeline.contracts.CommandRefused;

/**
 * Refused because the site requires a verified user and the session did not bring one, or because
 * a user id came with a hash that does not match. Worded alike in every case, so a caller learns
 * nothing about which part was wrong.
 */
class IdentityNotVerified extends CommandRefused {
    IdentityNotVerified() {
        super(Reason.FORBIDDEN, "identity-not-verified",
                "this site requires a userId with a valid userHash (HMAC-SHA256 of the userId under the site's secret)");
    }
}
