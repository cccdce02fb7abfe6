package io.lifeline.contracts.site;

import io.lifeline.contracts.shape.InvalidField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The shape of a web origin a site's widget may run on: {@code https://shop.example} or
 * {@code http://localhost:8080}, a scheme, a host and an optional port, nothing else (no path, no
 * wildcard). Written in lower case, as browsers send the {@code Origin} header.
 */
public final class AllowedOrigins {
    public static final int MAX_ORIGINS = 50;

    private AllowedOrigins() {
    }

    static List<String> validated(List<String> origins) {
        if (origins.size() > MAX_ORIGINS) {
            throw new InvalidField("allowedOrigins", "has at most " + MAX_ORIGINS + " origins");
        }
        return origins.stream().map(AllowedOrigins::requireOrigin).distinct().toList();
    }

    private static String requireOrigin(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        try {
            URI uri = new URI(lower);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (web && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawPath().isEmpty()
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && lower.length() <= 253) {
                return lower;
            }
        } catch (URISyntaxException notAUri) {
            // answered below
        }
        throw new InvalidField("allowedOrigins", "holds web origins such as https://shop.example or http://localhost:8080 "
                + "(scheme, host and port only)");
    }
}
