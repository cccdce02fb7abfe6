package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.SessionId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.Username;
import io.lifeline.contracts.token.TokenClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Signs the JWTs devices and staff present to every Lifeline service. */
@Component
public class TokenIssuer {
    private final JwtEncoder encoder;
    private final SecurityProperties properties;

    TokenIssuer(JwtEncoder encoder, SecurityProperties properties) {
        this.encoder = encoder;
        this.properties = properties;
    }

    /** A token that lets its bearer act as this device, and only on this device's conversations. */
    public SessionToken forDevice(DeviceId device) {
        return forDevice(device, null);
    }

    /**
     * A device token of a website's widget (site null: of no site): every service holds a browser
     * request made with it to the origins that site allows.
     */
    public SessionToken forDevice(DeviceId device, String site) {
        return sign(device.value(), TokenClaims.DEVICE, List.of("DEVICE"), null, null, site, properties.deviceTokenTtl());
    }

    /** A short-lived access token of a staff session: revoking the session refuses it everywhere. */
    public SessionToken forStaff(StaffId staff, Username username, StaffRole role, SessionId session) {
        return sign(staff.toString(), TokenClaims.STAFF, List.of(role.name()), username.value(), session, null,
                properties.staffTokenTtl());
    }

    private SessionToken sign(String subject, String kind, List<String> roles, String name, SessionId session,
                              String site, Duration ttl) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(ttl);
        var claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(subject)
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(TokenClaims.KIND, kind)
                .claim(TokenClaims.ROLES, roles);
        if (name != null) {
            claims.claim(TokenClaims.NAME, name);
        }
        if (session != null) {
            claims.claim(TokenClaims.SESSION, session.toString());
        }
        if (site != null) {
            claims.claim(TokenClaims.SITE, site);
        }
        var header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new SessionToken(token, expiresAt);
    }
}
