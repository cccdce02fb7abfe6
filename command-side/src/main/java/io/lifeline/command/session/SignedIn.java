package io.lifeline.command.session;

/** The answer to a staff sign-in, a refresh or a password change: the session, who and with which role. */
public record SignedIn(IssuedSession session, String staffId, String role) {}
