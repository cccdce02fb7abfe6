package io.lifeline.bridge.config;

import io.lifeline.bridge.browserfiles.BrowserFilesConfig;
import io.lifeline.support.ratelimit.RateLimitFilters;
import io.lifeline.support.headers.SecurityHeaders;
import io.lifeline.support.problems.ProblemDetails;
import io.lifeline.support.problems.ProblemResponses;
import io.lifeline.support.ratelimit.RateLimiting;
import io.lifeline.support.revocation.Revocations;
import io.lifeline.support.token.ExternalIdentityProperties;
import io.lifeline.support.token.TokenDecoders;
import org.springframework.context.annotation.Import;
import io.lifeline.support.revocation.NotRevokedValidator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import io.lifeline.support.origins.OriginChecks;
import org.springframework.web.cors.CorsConfigurationSource;
import io.lifeline.support.origins.SiteOrigins;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * An OAuth2 resource server on the tokens the command side signs (or, when configured, an external
 * identity provider signs for staff), refusing revoked ones. The WebSocket handshake is let
 * through here because it authenticates itself (a header or a subprotocol, never the URL), and so
 * are reads of the JavaScript client's and the widget's files, which a page loads before it has a token; every
 * other request needs a bearer token. Rate limits count each request (the handshake included) by
 * client address before its token is read, and by device or staff member after; frames are counted
 * by the dispatcher.
 */
@Configuration
@EnableMethodSecurity
@Import({RateLimiting.class, Revocations.class, SecurityHeaders.class, ProblemDetails.class})
@EnableConfigurationProperties({BridgeProperties.class, ExternalIdentityProperties.class})
class SecurityConfig {
    /** No route here is for admins alone: a refusal is 403 forbidden, never admin-required. */
    private static final RequestMatcher NO_ADMIN_ONLY_ROUTES = request -> false;
    /** The event stream, for any page (its token decides); the browser files keep their own rule (any origin, "*"). */
    private static final CorsConfigurationSource EVENT_STREAM_CORS = request -> request.getRequestURI().startsWith("/ws/events")
            ? OriginChecks.corsForAnyOrigin().getCorsConfiguration(request) : null;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RateLimitFilters limits, SecurityHeaders headers,
                                           ProblemResponses problems, OriginChecks origins) throws Exception {
        problems.refuseAsProblems(http, NO_ADMIN_ONLY_ROUTES);
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies to forge
                .cors(cors -> cors.configurationSource(EVENT_STREAM_CORS)) // the event stream for a site's widget
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers.customizer())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/error").permitAll()
                        .requestMatchers("/ws").permitAll() // checked by the handshake itself
                        // The JavaScript client is public: a page loads it before anyone has a token.
                        .requestMatchers(HttpMethod.GET, BrowserFilesConfig.CLIENT_PATHS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, BrowserFilesConfig.CLIENT_PATHS).permitAll()
                        .requestMatchers(HttpMethod.GET, BrowserFilesConfig.WIDGET_PATHS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, BrowserFilesConfig.WIDGET_PATHS).permitAll()
                        // So is the console's page: it holds no data, and signs in over the API.
                        .requestMatchers(HttpMethod.GET, "/console", BrowserFilesConfig.CONSOLE_PATHS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/console", BrowserFilesConfig.CONSOLE_PATHS).permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(limits.byAddress(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(limits.byPrincipal(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(origins.filter(), BearerTokenAuthenticationFilter.class)
                .build();
    }

    /** Each site's visitors connect only from the origins the site allows (as the query side publishes them). */
    @Bean
    OriginChecks originChecks(SiteOrigins sites, ProblemResponses problems) {
        return new OriginChecks(sites, problems);
    }

    /** Lifeline's tokens, and an external provider's when one is configured; revoked ones are refused. */
    @Bean
    JwtDecoder jwtDecoder(@Value("${lifeline.security.jwt-secret}") String secret,
                          @Value("${lifeline.security.issuer}") String issuer, ExternalIdentityProperties external,
                          NotRevokedValidator notRevoked) {
        return TokenDecoders.forService(secret, issuer, external, List.of(notRevoked), List.of(notRevoked));
    }
}
