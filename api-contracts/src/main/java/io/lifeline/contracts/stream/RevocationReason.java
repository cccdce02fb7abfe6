package io.lifeline.contracts.stream;

/** Why tokens were revoked. */
public enum RevocationReason {
    /** The staff member signed out of this session. */
    LOGOUT,
    /** A refresh token of this session was presented again after it had been used: it leaked. */
    REFRESH_TOKEN_REUSED,
    /** The account was deactivated. */
    DEACTIVATED,
    /** The account's role changed, so tokens carrying the old role must go. */
    ROLE_CHANGED,
    /** The account's password changed. */
    PASSWORD_CHANGED
}
