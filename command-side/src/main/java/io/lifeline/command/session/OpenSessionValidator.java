package io.lifeline.command.session;

import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.token.TokenClaims;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses an access token whose session was revoked (or is gone). The command side asks its own
 * table, which every instance shares, so a revocation holds here from the moment it commits.
 */
@Component
public class OpenSessionValidator implements OAuth2TokenValidator<Jwt> {
    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "the session was revoked", null);
    private final StaffSessions sessions;

    OpenSessionValidator(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String session = token.getClaimAsString(TokenClaims.SESSION);
        if (session == null) {
            return OAuth2TokenValidatorResult.success(); // device tokens; staff tokens are checked live by role
        }
        try {
            return sessions.isOpen(SessionId.parse(session)) ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(REVOKED);
        } catch (IllegalArgumentException malformed) {
            return OAuth2TokenValidatorResult.failure(REVOKED);
        }
    }
}
