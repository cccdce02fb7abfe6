package io.lifeline.bridge.websocket;

import io.lifeline.bridge.connection.Caller;
import io.lifeline.support.ratelimit.RateLimitFilters;
import java.net.InetAddress;
import io.lifeline.bridge.subscription.LiveEvents;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Checks the token at the handshake: an {@code Authorization: Bearer} header, or for browsers
 * (which cannot set headers on a WebSocket) a {@code lifeline.bearer.<token>} subprotocol offered
 * beside {@code lifeline.v1}. Never a token in the URL, where logs and histories keep it. A bridge
 * whose live stream is not yet flowing answers 503, so clients retry rather than miss events.
 */
@Component
class HandshakeAuthenticator implements HandshakeInterceptor {
    static final String CALLER = "lifeline.caller";
    static final String TOKEN_PROTOCOL_PREFIX = "lifeline.bearer.";
    private final JwtDecoder tokens;
    private final LiveEvents live;

    HandshakeAuthenticator(JwtDecoder tokens, LiveEvents live) {
        this.tokens = tokens;
        this.live = live;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) {
        if (!live.ready()) {
            response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
            return false;
        }
        String token = token(request.getHeaders());
        if (token == null) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
        try {
            attributes.put(CALLER, Caller.of(tokens.decode(token), clientAddress(request)));
            return true;
        } catch (JwtException invalid) {
            response.setStatusCode(HttpStatus.UNAUTHORIZED);
            return false;
        }
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
