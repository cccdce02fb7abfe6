package io.lifeline.support.ratelimit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two places a request is counted, for the security filter chain: by client address before
 * the token is even read (so floods of bad tokens and sign-in attempts count too), and by the
 * token's principal once it is authenticated. A refused request gets 429, {@code Retry-After} in
 * seconds and an RFC 9457 problem with code {@code rate-limited}. Health checks are never counted.
 */
@Component
public class RateLimitFilters {
    /** The request attribute where the address filter leaves the client's {@link InetAddress} (null if unknown). */
    public static final String CLIENT_ADDRESS = "lifeline.client-address";
    static final String FORWARDED_FOR = "X-Forwarded-For";
    private final RateLimiter limiter;
    private final ClientAddresses addresses;
    private final JsonMapper json;

    RateLimitFilters(RateLimiter limiter, RateLimitProperties properties, JsonMapper json) {
        this.limiter = limiter;
        this.addresses = new ClientAddresses(properties.trustedProxies());
        this.json = json;
    }

    /** For before authentication. */
    public Filter byAddress() {
        return new Counting() {
            @Override
            Optional<RateLimited> acquire(HttpServletRequest request) {
                InetAddress client = addresses.resolve(request.getRemoteAddr(),
                        Collections.list(request.getHeaders(FORWARDED_FOR)));
                request.setAttribute(CLIENT_ADDRESS, client);
                return limiter.acquireForAddress(client);
            }
        };
    }

    /** For after authentication; requests without a Lifeline token pass (the address limit still applies). */
    public Filter byPrincipal() {
        return new Counting() {
            @Override
            Optional<RateLimited> acquire(HttpServletRequest request) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication instanceof JwtAuthenticationToken token) {
                    return limiter.acquireForPrincipal(token.getToken().getClaimAsString("kind"),
                            token.getToken().getSubject());
                }
                return Optional.empty();
            }
        };
    }

    private abstract class Counting extends OncePerRequestFilter {
        abstract Optional<RateLimited> acquire(HttpServletRequest request);

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Optional<RateLimited> refused = acquire(request);
            if (refused.isPresent()) {
                tooManyRequests(request, response, refused.get());
                return;
            }
            chain.doFilter(request, response);
        }
    }

    private void tooManyRequests(HttpServletRequest request, HttpServletResponse response, RateLimited refused)
            throws IOException {
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "urn:lifeline:problem:rate-limited");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", "too many requests from this " + who(refused.scope()) + "; try again in "
                + refused.retryAfterSeconds() + " s");
        body.put("instance", request.getRequestURI());
        body.put("code", "rate-limited");
        body.put("limit", refused.scope());
        body.put("retryAfterSeconds", refused.retryAfterSeconds());
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }

    private static String who(String scope) {
        return "staff".equals(scope) ? "staff member" : scope;
    }
}
