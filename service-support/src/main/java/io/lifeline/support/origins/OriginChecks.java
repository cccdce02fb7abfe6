package io.lifeline.support.origins;

import io.lifeline.contracts.token.TokenClaims;
import io.lifeline.support.problems.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The origin rules of a service's filter chain: {@link #cors()} lets a page on an origin some site
 * allows call across origins (never with cookies: tokens travel in headers), so a refusal reaches
 * the widget as a readable problem, while pages on any other origin get no CORS answer at all; and
 * {@link #filter()}, placed after the token is read,
 * refuses a cross-origin request unless its device token names a site that allows that origin.
 * Requests without a token (sign-in, a public file) pass; the endpoints that start a site's session
 * check the site themselves ({@link #allows(String, Optional)}).
 */
public class OriginChecks {
    /** The problem code of every origin refusal, over REST and at the WebSocket handshake alike. */
    public static final String REFUSED = "origin-not-allowed";
    public static final String REFUSED_DETAIL = "this site's widget may not be used on this page's origin";
    private final SiteOrigins sites;
    private final ProblemResponses problems;

    public OriginChecks(SiteOrigins sites, ProblemResponses problems) {
        this.sites = sites;
        this.problems = problems;
    }

    /** True when a request from this cross origin (empty: none) may act for the site (null: no site). */
    public boolean allows(String siteId, Optional<String> crossOrigin) {
        if (crossOrigin.isEmpty()) {
            return true;
        }
        return siteId != null && sites.allowedOrigins(siteId).map(origins -> origins.contains(crossOrigin.get())).orElse(false);
    }

    public OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<String> crossOrigin = BrowserOrigin.crossOrigin(request);
                Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                if (crossOrigin.isPresent() && caller instanceof JwtAuthenticationToken token
                        && !allows(token.getToken().getClaimAsString(TokenClaims.SITE), crossOrigin)) {
                    problems.write(response, HttpStatus.FORBIDDEN, REFUSED, REFUSED_DETAIL);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Origins some site allows, no credentials; the headers a widget sends and the ones it reads. */
    public CorsConfigurationSource cors() {
        CorsConfiguration configuration = configuration();
        return request -> {
            Optional<String> crossOrigin = BrowserOrigin.crossOrigin(request);
            return crossOrigin.isPresent() && sites.anySiteAllows(crossOrigin.get()) ? configuration : null;
        };
    }

    /**
     * Any origin, no credentials: for a service that cannot tell which origins sites allow (the
     * bridge's event stream, which answers nothing without a token and, with one, only after
     * {@link #filter()} found its site allows the origin).
     */
    public static CorsConfigurationSource corsForAnyOrigin() {
        CorsConfiguration configuration = configuration();
        return request -> configuration;
    }

    private static CorsConfiguration configuration() {
        var configuration = new CorsConfiguration();
        configuration.addAllowedOriginPattern("*");
        configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
        configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Last-Event-ID", "If-None-Match"));
        configuration.setExposedHeaders(List.of("Retry-After", "ETag", "Location", "WWW-Authenticate"));
        configuration.setAllowCredentials(false);
        configuration.setMaxAge(Duration.ofMinutes(10));
        return configuration;
    }
}
