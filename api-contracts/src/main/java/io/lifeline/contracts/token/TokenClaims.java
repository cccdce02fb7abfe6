package io.lifeline.contracts.token;

/** The claims Lifeline's tokens carry beside the standard ones (iss, sub, iat, exp, jti); every service reads them. */
public final class TokenClaims {
    /** {@link #DEVICE} or {@link #STAFF}. */
    public static final String KIND = "kind";
    /** Granted roles: {@code DEVICE}, or the staff member's role. */
    public static final String ROLES = "roles";
    /** A staff member's username. */
    public static final String NAME = "name";
    /** The staff session that issued the token ({@code SessionId}); revoking the session refuses the token. */
    public static final String SESSION = "sid";
    /** On a token from an external identity provider: that provider's issuer, which vouches for the staff member. */
    public static final String PROVIDER = "idp";
    /** On a token from an external identity provider: the display name it gave, if any. */
    public static final String DISPLAY_NAME = "display_name";

    /** On a device token started for a website's widget: the site id, whose allowed origins every service enforces. */
    public static final String SITE = "site";

    public static final String DEVICE = "device";
    public static final String STAFF = "staff";

    private TokenClaims() {
    }
}
