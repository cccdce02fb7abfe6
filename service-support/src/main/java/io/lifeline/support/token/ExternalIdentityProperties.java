package io.lifeline.support.token;

import io.lifeline.contracts.token.ExternalStaffClaims;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An external OpenID Connect provider that replaces the built-in staff sign-in
 * ({@code lifeline.security.oidc.*}); off while neither URI is set. Devices keep Lifeline's own tokens.
 *
 * @param issuerUri   the provider's issuer: tokens must name it, and without a JWK set URI its keys are
 *                    found through its discovery document
 * @param jwkSetUri   where the provider's signing keys are (instead of discovery)
 * @param audience    the audience tokens must name; blank accepts any
 * @param roleClaim   the claim (or dotted path) holding the staff member's roles
 * @param usernameClaim the claim holding the username
 * @param roleMapping {@code value=ROLE} pairs; blank when the provider uses ADMIN, AGENT and ANALYST
 */
@ConfigurationProperties("lifeline.security.oidc")
public record ExternalIdentityProperties(String issuerUri, String jwkSetUri, String audience, String roleClaim,
                                         String usernameClaim, String roleMapping) {
    public ExternalIdentityProperties {
        issuerUri = blankToNull(issuerUri);
        jwkSetUri = blankToNull(jwkSetUri);
        audience = blankToNull(audience);
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim.strip();
        if (issuerUri != null || jwkSetUri != null) {
            claims(roleClaim, usernameClaim, roleMapping); // a bad mapping stops the start, not the first request
        }
    }

    public boolean enabled() {
        return issuerUri != null || jwkSetUri != null;
    }

    public ExternalStaffClaims claims() {
        return claims(roleClaim, usernameClaim, roleMapping);
    }

    private static ExternalStaffClaims claims(String roleClaim, String usernameClaim, String roleMapping) {
        return ExternalStaffClaims.of(roleClaim, usernameClaim, roleMapping);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
