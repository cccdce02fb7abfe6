package io.lifeline.command.session;

import org.springframework.security.authentication.BadCredentialsException;

/** A refresh token that is unknown, expired, used before, or whose session or account is over: 401, alike. */
class RefreshRefused extends BadCredentialsException {
    RefreshRefused() {
        super("the refresh token is not valid: sign in again");
    }
}
