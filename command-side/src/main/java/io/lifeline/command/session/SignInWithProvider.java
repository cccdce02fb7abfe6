package io.lifeline.command.session;

import io.lifeline.contracts.CommandRefused;

/** Refused because an external identity provider signs staff in: Lifeline's own sign-in is off. */
public class SignInWithProvider extends CommandRefused {
    public SignInWithProvider() {
        super(Reason.FORBIDDEN, "sign-in-with-provider", "staff sign in with the configured identity provider");
    }
}
