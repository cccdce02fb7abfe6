package io.lifeline.command.staff;

import io.lifeline.contracts.CommandRefused;

/** Refused because a new password breaks the password rules (see {@link PasswordRules}). */
class WeakPassword extends CommandRefused {
    WeakPassword(String rule) {
        super(Reason.INVALID, "weak-password", rule);
    }
}
