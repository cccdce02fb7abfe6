package io.lifeline.support.headers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lifeline.http.*}, each listed in the README's configuration table.
 *
 * @param behindTls true where a proxy ends TLS in front of the service, so that every answer carries
 *                  {@code Strict-Transport-Security} although the request reached the service over
 *                  plain HTTP; a request that arrives over TLS always gets it
 * @param hstsMaxAge how long browsers remember to use HTTPS only
 */
@ConfigurationProperties("lifeline.http")
public record HeaderProperties(boolean behindTls, Duration hstsMaxAge) {
    public HeaderProperties {
        hstsMaxAge = hstsMaxAge == null ? Duration.ofDays(365) : hstsMaxAge;
        if (hstsMaxAge.isNegative()) {
            throw new IllegalArgumentException("lifeline.http.hsts-max-age must not be negative");
        }
    }
}
