package io.lifeline.support.revocation;

import io.lifeline.contracts.token.TokenClaims;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Refuses tokens whose session, or whose staff member's tokens altogether, were revoked. */
@Component
public class NotRevokedValidator implements OAuth2TokenValidator<Jwt> {
    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the token was revoked", null);
    private final RevokedTokens revoked;

    public NotRevokedValidator(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (!TokenClaims.STAFF.equals(token.getClaimAsString(TokenClaims.KIND))) {
            return OAuth2TokenValidatorResult.success();
        }
        return revoked.refuses(token.getSubject(), token.getClaimAsString(TokenClaims.SESSION), token.getIssuedAt())
                ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
    }
}
