package io.lifeline.bridge.websocket;

import io.lifeline.bridge.connection.Caller;
import io.lifeline.support.problems.Problems;
import io.lifeline.support.ratelimit.RateLimitFilters;
import java.net.InetAddress;
import io.lifeline.bridge.commands.CommandReplies;
import io.lifeline.bridge.subscription.LiveEvents;
import java.io.IOException;
import io.lifeline.bridge.config.BridgeProperties;
import io.lifeline.contracts.token.TokenClaims;
import io.lifeline.support.origins.BrowserOrigin;
import io.lifeline.support.origins.OriginChecks;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the token at the handshake: an {@code Authorization: Bearer} header, or for browsers
 * (which cannot set headers on a WebSocket) a {@code lifeline.bearer.<token>} subprotocol offered
 * beside {@code lifeline.v1}. Never a token in the URL, where logs and histories keep it. A bridge
 * A browser page on another origin connects only when the bridge's allowlist names that origin or
 * its token is a site's whose allowed origins do (403 {@code origin-not-allowed}). A bridge
 * whose live stream is not yet flowing, or that cannot yet read the command side's answers, answers
 * 503, so clients retry rather than miss events or wait for an answer that never comes.
 */
@Component
class HandshakeAuthenticator implements HandshakeInterceptor {
    static final String CALLER = "lifeline.caller";
    static final String TOKEN_PROTOCOL_PREFIX = "lifeline.bearer.";
    private final JwtDecoder tokens;
    private final LiveEvents live;
    private final CommandReplies replies;
    private final JsonMapper json;
    private final OriginChecks origins;
    private final Set<String> allowedOrigins;

    HandshakeAuthenticator(JwtDecoder tokens, LiveEvents live, CommandReplies replies, JsonMapper json, OriginChecks origins,
                           BridgeProperties properties) {
        this.tokens = tokens;
        this.live = live;
        this.replies = replies;
        this.json = json;
        this.origins = origins;
        this.allowedOrigins = properties.allowedOrigins().stream().map(origin -> origin.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (!live.ready() || !replies.ready()) {
            return refuse(response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "the bridge is starting; try again");
        }
        String token = token(request.getHeaders());
        if (token == null) {
            return refuse(response, HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required");
        }
        Jwt jwt;
        try {
            jwt = tokens.decode(token);
        } catch (JwtException invalid) { // its message may quote the token: neither logged nor answered
            return refuse(response, HttpStatus.UNAUTHORIZED, "unauthorized", "a valid bearer token is required");
        }
        Optional<String> crossOrigin = BrowserOrigin.crossOrigin(request.getHeaders().getOrigin(),
                request.getHeaders().getFirst(HttpHeaders.HOST));
        if (crossOrigin.isPresent() && !allowedOrigins.contains(crossOrigin.get())
                && !origins.allows(jwt.getClaimAsString(TokenClaims.SITE), crossOrigin)) {
            return refuse(response, HttpStatus.FORBIDDEN, OriginChecks.REFUSED, OriginChecks.REFUSED_DETAIL);
        }
        attributes.put(CALLER, Caller.of(jwt, clientAddress(request)));
        return true;
    }

    /** A refused handshake answers a problem detail, as every other refusal does. */
    private boolean refuse(ServerHttpResponse response, HttpStatus status, String code, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        try {
            response.getBody().write(json.writeValueAsBytes(Problems.asMap(status, code, detail)));
        } catch (IOException gone) {
            // the client left before its answer: nothing more to tell it
        }
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }

    /** Where the address filter, which every request passes, found the client to be. */
    private static InetAddress clientAddress(ServerHttpRequest request) {
        if (request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getAttribute(RateLimitFilters.CLIENT_ADDRESS) instanceof InetAddress address) {
            return address;
        }
        return null;
    }

    private static String token(HttpHeaders headers) {
        String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        for (String offered : headers.getValuesAsList("Sec-WebSocket-Protocol")) {
            if (offered.startsWith(TOKEN_PROTOCOL_PREFIX)) {
                return offered.substring(TOKEN_PROTOCOL_PREFIX.length());
            }
        }
        return null;
    }
}
