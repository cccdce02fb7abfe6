package io.lifeline.support.token;

import com.nimbusds.jwt.JWTParser;
import io.lifeline.contracts.token.ExternalStaffClaims;
import io.lifeline.contracts.token.TokenClaims;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * The token decoders every Lifeline service builds alike: Lifeline's own HS256 tokens, and, when an
 * external OpenID Connect provider is configured, that provider's tokens (RS256 or ES256, keys from
 * its JWK set) with its issuer and audience checked, read as Lifeline staff tokens. A token goes to
 * one or the other by the issuer it names.
 */
public final class TokenDecoders {
    private static final OAuth2Error STAFF_USE_PROVIDER = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "staff sign in with the identity provider", null);

    private TokenDecoders() {
    }

    /**
     * A service's decoder: Lifeline's own tokens with {@code checks}, and when an external provider
     * is configured, that provider's staff tokens with {@code externalChecks}, chosen by issuer.
     */
    public static JwtDecoder forService(String secret, String issuer, ExternalIdentityProperties external,
                                        List<OAuth2TokenValidator<Jwt>> checks,
                                        List<OAuth2TokenValidator<Jwt>> externalChecks) {
        JwtDecoder lifeline = lifeline(secret, issuer, external.enabled(), checks);
        if (!external.enabled()) {
            return lifeline;
        }
        return byIssuer(issuer, lifeline, external(external.issuerUri(), external.jwkSetUri(), external.audience(),
                external.claims(), externalChecks));
    }

    /** Roles from the tokens' {@code roles} claim as {@code ROLE_...} authorities, as every service reads them. */
    public static JwtAuthenticationConverter staffRoles() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /** Lifeline's own tokens; with {@code devicesOnly} (an external provider signs staff in) only device tokens. */
    public static JwtDecoder lifeline(String secret, String issuer, boolean devicesOnly, List<OAuth2TokenValidator<Jwt>> checks) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("set LIFELINE_JWT_SECRET to the secret the command side signs with (32+ bytes)");
        }
        var key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        var validators = new ArrayList<OAuth2TokenValidator<Jwt>>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        if (devicesOnly) {
            validators.add(token -> TokenClaims.STAFF.equals(token.getClaimAsString(TokenClaims.KIND))
                    ? OAuth2TokenValidatorResult.failure(STAFF_USE_PROVIDER) : OAuth2TokenValidatorResult.success());
        }
        validators.addAll(checks);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    /**
     * An external provider's tokens. Its keys are fetched when the first such token arrives, so a
     * provider that is down at start delays nothing but its own sign-ins.
     */
    public static JwtDecoder external(String issuerUri, String jwkSetUri, String audience, ExternalStaffClaims claims,
                               List<OAuth2TokenValidator<Jwt>> checks) {
        return new SupplierJwtDecoder(() -> {
            var builder = jwkSetUri != null ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri) : NimbusJwtDecoder.withIssuerLocation(issuerUri);
            NimbusJwtDecoder decoder = builder
                    .jwsAlgorithms(algorithms -> {
                        algorithms.add(SignatureAlgorithm.RS256);
                        algorithms.add(SignatureAlgorithm.ES256);
                    })
                    .validateType(false) // checked below, where at+jwt (RFC 9068) is allowed too
                    .build();
            var validators = new ArrayList<OAuth2TokenValidator<Jwt>>();
            validators.add(new JwtTimestampValidator());
            var types = new JwtTypeValidator("JWT", "jwt", "at+jwt", "application/at+jwt");
            types.setAllowEmpty(true);
            validators.add(types);
            if (issuerUri != null) {
                validators.add(new JwtIssuerValidator(issuerUri));
            }
            if (audience != null) {
                validators.add(new JwtAudienceValidator(audience));
            }
            validators.addAll(checks);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
            var standard = MappedJwtClaimSetConverter.withDefaults(Map.of());
            decoder.setClaimSetConverter(raw -> claims.toLifeline(standard.convert(raw)));
            return decoder;
        });
    }

    /** Sends each token to the decoder of the issuer it names: Lifeline's own, or else the external provider's. */
    public static JwtDecoder byIssuer(String lifelineIssuer, JwtDecoder lifeline, JwtDecoder external) {
        return token -> {
            String issuer;
            try {
                issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            } catch (ParseException | RuntimeException unreadable) {
                throw new BadJwtException("the token is not a JWT");
            }
            return lifelineIssuer.equals(issuer) ? lifeline.decode(token) : external.decode(token);
        };
    }
}
