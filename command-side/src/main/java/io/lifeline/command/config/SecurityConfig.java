package io.lifeline.command.config;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.lifeline.support.token.ExternalIdentityProperties;
import io.lifeline.command.identity.SecurityProperties;
import io.lifeline.command.identity.SiteProperties;
import io.lifeline.support.apidocs.ApiDocuments;
import io.lifeline.support.ratelimit.RateLimitFilters;
import io.lifeline.support.headers.SecurityHeaders;
import io.lifeline.support.origins.OriginChecks;
import io.lifeline.support.origins.SiteOrigins;
import io.lifeline.support.problems.ProblemDetails;
import io.lifeline.support.problems.ProblemResponses;
import io.lifeline.support.ratelimit.RateLimiting;
import io.lifeline.support.token.TokenDecoders;
import org.springframework.context.annotation.Import;
import io.lifeline.command.session.OpenSessionValidator;
import io.lifeline.command.staff.SignInProperties;
import java.util.List;
import java.nio.charset.StandardCharsets;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The command side is an OAuth2 resource server: every request but sign-in, refresh, logout, health
 * and the API documents (OpenAPI, Swagger UI, AsyncAPI) carries a bearer JWT. Staff administration, routing, response targets and automated replies are for admins (but everyone on staff
 * changes their own password); finer rules live in the aggregates. Rate limits count each request
 * by client address before its token is read, and by device or staff member once it is authenticated.
 */
@Configuration
@Import({RateLimiting.class, SecurityHeaders.class, ProblemDetails.class})
@EnableConfigurationProperties({SecurityProperties.class, ExternalIdentityProperties.class, SignInProperties.class,
        SiteProperties.class})
class SecurityConfig {
    /** Staff administration, which only admins may use (answered 403 admin-required), but for one's own password. */
    private static final RequestMatcher ADMIN_ONLY = request -> {
        String path = request.getRequestURI();
        return (path.equals("/api/staff") || path.startsWith("/api/staff/"))
                && !(path.equals("/api/staff/me/password") && "PUT".equals(request.getMethod()))
                || path.equals("/api/teams") || path.startsWith("/api/teams/")
                || path.equals("/api/routing-rules") || path.startsWith("/api/routing-rules/")
                || path.equals("/api/response-targets")
                || path.equals("/api/auto-replies") || path.startsWith("/api/auto-replies/")
                || path.startsWith("/api/sites/");
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemResponses problems, RateLimitFilters limits,
                                           SecurityHeaders headers, OriginChecks origins)
            throws Exception {
        problems.refuseAsProblems(http, ADMIN_ONLY);
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies to forge
                .cors(cors -> cors.configurationSource(origins.cors())) // a site's widget calls from the site's pages
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers.customizer())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/sessions/device", "/api/sessions/staff",
                                "/api/sessions/staff/refresh", "/api/sessions/staff/logout").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, ApiDocuments.ASYNCAPI_PATH).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/staff/me/password").hasAnyRole("ADMIN", "AGENT", "ANALYST")
                        .requestMatchers("/api/staff", "/api/staff/**").hasRole("ADMIN")
                        .requestMatchers("/api/teams", "/api/teams/**", "/api/routing-rules", "/api/routing-rules/**",
                                "/api/response-targets", "/api/auto-replies", "/api/auto-replies/**").hasRole("ADMIN")
                        .requestMatchers("/api/sites/**").hasRole("ADMIN")
                        .requestMatchers("/api/agents/**", "/api/canned-replies", "/api/canned-replies/**").hasAnyRole("ADMIN", "AGENT")
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .addFilterBefore(limits.byAddress(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(limits.byPrincipal(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(origins.filter(), BearerTokenAuthenticationFilter.class)
                .build();
    }

    /** Each site's visitors act only from the origins the site allows (its look-up in the event store's schema). */
    @Bean
    OriginChecks originChecks(SiteOrigins sites, ProblemResponses problems) {
        return new OriginChecks(sites, problems);
    }

    /**
     * Lifeline's own tokens (refused once their session is revoked), and an external provider's when
     * one is configured, in which case Lifeline's own staff tokens are no longer accepted.
     */
    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties, ExternalIdentityProperties external,
                          OpenSessionValidator openSessions) {
        return TokenDecoders.forService(properties.jwtSecret(), properties.issuer(), external, List.of(openSessions),
                List.of());
    }

    @Bean
    JwtEncoder jwtEncoder(SecurityProperties properties) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(key(properties)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    private static SecretKey key(SecurityProperties properties) {
        return new SecretKeySpec(properties.jwtSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
