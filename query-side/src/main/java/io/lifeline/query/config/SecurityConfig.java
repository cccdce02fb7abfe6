package io.lifeline.query.config;

import io.lifeline.support.ratelimit.RateLimitFilters;
import io.lifeline.support.headers.SecurityHeaders;
import io.lifeline.support.origins.OriginChecks;
import io.lifeline.support.origins.SiteOrigins;
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
 * identity provider signs for staff): every request but health and the API docs needs one, revoked
 * ones are refused, and each endpoint names the roles that may call it.
 */
@Configuration
@EnableMethodSecurity
@Import({RateLimiting.class, Revocations.class, SecurityHeaders.class, ProblemDetails.class})
@EnableConfigurationProperties(ExternalIdentityProperties.class)
class SecurityConfig {
    /** No route here is for admins alone: a refusal is 403 forbidden, never admin-required. */
    private static final RequestMatcher NO_ADMIN_ONLY_ROUTES = request -> false;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RateLimitFilters limits, SecurityHeaders headers,
                                           ProblemResponses problems, OriginChecks origins) throws Exception {
        problems.refuseAsProblems(http, NO_ADMIN_ONLY_ROUTES);
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies to forge
                .cors(cors -> cors.configurationSource(origins.cors())) // a site's widget reads from the site's pages
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers.customizer())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .requestMatchers("/api/query/v3/api-docs/**", "/api/query/v3/api-docs", "/api/query/swagger-ui.html",
                                "/api/query/swagger-ui/**", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/query/sites/*/widget").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(limits.byAddress(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(limits.byPrincipal(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(origins.filter(), BearerTokenAuthenticationFilter.class)
                .build();
    }

    /** Each site's visitors read only from the origins the site allows (as the sites read model has them). */
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
