package io.lifeline.support.problems;

import io.lifeline.support.token.TokenDecoders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security filter chain's own answers (no token, a bad one, a role that may not) as problem
 * details like every other error, instead of the empty 401 and 403 bodies Spring Security writes.
 * A service passes {@link #unauthorized()} as its authentication entry point and
 * {@link #forbidden(RequestMatcher)} as its access-denied handler.
 */
public class ProblemResponses {
    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /**
     * Makes the chain an OAuth2 resource server reading staff roles from the token whose every
     * refusal is a problem: a missing or bad token {@link #unauthorized()}, a role that may not
     * {@link #forbidden(RequestMatcher)}, from the token filter and from the chain alike.
     */
    public HttpSecurity refuseAsProblems(HttpSecurity http, RequestMatcher adminOnly) throws Exception {
        return http
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(TokenDecoders.staffRoles()))
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden(adminOnly)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized())
                        .accessDeniedHandler(forbidden(adminOnly)));
    }

    /** 401 {@code unauthorized} with {@code WWW-Authenticate: Bearer}. */
    public AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> unauthorized(request, response, e);
    }

    /** 403 {@code admin-required} on the routes only admins may use, {@code forbidden} elsewhere. */
    public AccessDeniedHandler forbidden(RequestMatcher adminOnly) {
        return (request, response, e) -> forbidden(request, response, e, adminOnly.matches(request));
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required");
    }

    private void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e,
                           boolean adminOnly) throws IOException {
        if (adminOnly) {
            write(response, HttpStatus.FORBIDDEN, "admin-required", "only an admin may do this");
        } else {
            write(response, HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this");
        }
    }

    public void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.asMap(status, code, detail));
    }
}
