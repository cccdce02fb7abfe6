package io.lifeline.bridge.config;

import io.lifeline.contracts.token.ExternalStaffClaims;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An external OpenID Connect provider whose staff tokens every service accepts instead of
 * Lifeline's own ({@code lifeline.security.oidc.*}, the same settings as the command side's); off
 * while neither URI is set.
 */
@ConfigurationProperties("lifeline.security.oidc")
record ExternalIdentityProperties(String issuerUri, String jwkSetUri, String audience, String roleClaim,
                                  String usernameClaim, String roleMapping) {
    ExternalIdentityProperties {
        issuerUri = blankToNull(issuerUri);
        jwkSetUri = blankToNull(jwkSetUri);
        audience = blankToNull(audience);
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim.strip();
        if (issuerUri != null || jwkSetUri != null) {
            ExternalStaffClaims.of(roleClaim, usernameClaim, roleMapping); // a bad mapping stops the start
        }
    }

    boolean enabled() {
        return issuerUri != null || jwkSetUri != null;
    }

    ExternalStaffClaims claims() {
        return ExternalStaffClaims.of(roleClaim, usernameClaim, roleMapping);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
