package io.lifeline.command.identity;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The websites that embed the widget with identity verification ({@code lifeline.sites.<id>.*}, or
 * {@code LIFELINE_SITES_<ID>_SECRET} and {@code LIFELINE_SITES_<ID>_REQUIRE_VERIFICATION}).
 *
 * @param sites by site id: lower-case letters, digits and dashes
 */
@ConfigurationProperties("lifeline")
public record SiteProperties(Map<String, Site> sites) {
    private static final Pattern SITE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public SiteProperties {
        sites = sites == null ? Map.of() : Map.copyOf(sites);
        sites.keySet().forEach(id -> {
            if (!SITE_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("site id '" + id + "' must be 1 to 64 lower-case letters, digits or dashes");
            }
        });
    }

    /**
     * @param secret              the key the site signs its user ids with (32 bytes or more), shared with nobody else
     * @param requireVerification when true, a session for this site needs a verified user id
     */
    public record Site(String secret, boolean requireVerification) {
        public Site {
            if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
                throw new IllegalArgumentException("a site's secret (lifeline.sites.<id>.secret) needs 32 bytes or more");
            }
        }

        @Override
        public String toString() { // keeps the secret out of logs
            return "Site[requireVerification=" + requireVerification + "]";
        }
    }
}
