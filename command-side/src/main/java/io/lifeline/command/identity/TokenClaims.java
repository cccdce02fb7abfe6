package io.lifeline.command.identity;

/** The claims Lifeline puts in its tokens beside the standard ones; every service reads them. */
public final class TokenClaims {
    /** {@code device} or {@code staff}. */
    public static final String KIND = "kind";
    /** Granted roles: {@code DEVICE}, or the staff member's role. */
    public static final String ROLES = "roles";
    public static final String NAME = "name";

    private TokenClaims() {
    }
}
