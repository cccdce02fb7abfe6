package io.lifeline.bridge.sites;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.support.origins.SiteOrigins;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a site's allowed origins from the query side's public widget settings
 * ({@code /api/query/sites/{siteId}/widget}) and keeps them as long as that answer may be cached
 * (30 s): an admin's change reaches every bridge within that. A site the query side does not know
 * allows no other origin; when the query side cannot be reached, the last answer holds, and without
 * one the origin is refused (the widget retries like any failed connection).
 */
@Component
class PublishedSiteOrigins implements SiteOrigins {
    private static final Logger log = LoggerFactory.getLogger(PublishedSiteOrigins.class);
    private static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI queryUrl;
    private final JsonMapper json;
    private final LoadingCache<String, Optional<Set<String>>> sites;

    PublishedSiteOrigins(BridgeProperties properties, JsonMapper json) {
        this.queryUrl = properties.queryUrl();
        this.json = json;
        this.sites = Caffeine.newBuilder().maximumSize(10_000).refreshAfterWrite(FRESH_FOR)
                .expireAfterWrite(FRESH_FOR.multipliedBy(20)).build(this::load);
    }

    @Override
    public Optional<Set<String>> allowedOrigins(String siteId) {
        try {
            return sites.get(siteId);
        } catch (RuntimeException unreachable) { // logged where it failed; refused until the query side answers
            return Optional.empty();
        }
    }

    /** The bridge learns sites one at a time, by the site a token names: it cannot list them. */
    @Override
    public boolean anySiteAllows(String origin) {
        return false;
    }

    private Optional<Set<String>> load(String siteId) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(queryUrl.resolve("/api/query/sites/"
                        + URLEncoder.encode(siteId, StandardCharsets.UTF_8) + "/widget"))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            log.warn("Could not read a site's widget settings from the query side: {}", unreachable.toString());
            throw unreachable;
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            log.warn("The query side answered {} for a site's widget settings", response.statusCode());
            throw new IOException("the query side answered " + response.statusCode());
        }
        Set<String> origins = new HashSet<>();
        JsonNode settings = json.readTree(response.body());
        settings.path("allowedOrigins").forEach(origin -> origins.add(origin.asString()));
        return Optional.of(Set.copyOf(origins));
    }
}
