package io.lifeline.command.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are signed and for how long they hold ({@code lifeline.security.*}).
 *
 * @param staffTokenTtl   how long a staff access token is accepted; revocations are kept that long
 * @param staffRefreshTtl how long a staff session's refresh token may wait to be used: a session idle
 *                        for longer ends
 */
@ConfigurationProperties("lifeline.security")
public record SecurityProperties(String jwtSecret, String deviceKey, String issuer, Duration deviceTokenTtl,
                                 Duration staffTokenTtl, Duration staffRefreshTtl) {
    public SecurityProperties {
        if (jwtSecret == null || jwtSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("set LIFELINE_JWT_SECRET (lifeline.security.jwt-secret) to 32 or more random bytes");
        }
        if (deviceKey == null || deviceKey.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("lifeline.security.device-key must have at least 32 bytes");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("lifeline.security.issuer must not be blank");
        }
        if (staffTokenTtl == null || staffTokenTtl.isNegative() || staffTokenTtl.isZero()) {
            throw new IllegalArgumentException("LIFELINE_STAFF_TOKEN_TTL must be a positive duration");
        }
        if (staffRefreshTtl == null || staffRefreshTtl.compareTo(staffTokenTtl) < 0) {
            throw new IllegalArgumentException("LIFELINE_STAFF_REFRESH_TTL must be at least LIFELINE_STAFF_TOKEN_TTL");
        }
    }

    @Override
    public String toString() { // keeps the secret out of logs
        return "SecurityProperties[issuer=" + issuer + "]";
    }
}
