package io.lifeline.command.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How tokens are signed and for how long they hold ({@code lifeline.security.*}). */
@ConfigurationProperties("lifeline.security")
public record SecurityProperties(String jwtSecret, String issuer, Duration deviceTokenTtl, Duration staffTokenTtl) {
    public SecurityProperties {
        if (jwtSecret == null || jwtSecret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("lifeline.security.jwt-secret must have at least 32 bytes");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("lifeline.security.issuer must not be blank");
        }
    }

    @Override
    public String toString() { // keeps the secret out of logs
        return "SecurityProperties[issuer=" + issuer + "]";
    }
}
