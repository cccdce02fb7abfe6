package io.lifeline.bridge.websocket;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeFailureException;
import org.springframework.web.socket.server.standard.StandardWebSocketUpgradeStrategy;

/**
 * The container's upgrade, except that the session keeps no copy of the handshake: neither Spring's nor
 * the container's session holds the request's headers or its authenticated principal (about 4 KB per
 * connection, for as long as it is open). The handshake has been checked by then, the
 * {@link HandshakeAuthenticator} put the caller in the session's attributes, and nothing reads the rest.
 * The container still reads each header it needs by name while it upgrades.
 */
final class UpgradeWithoutHandshakeCopies extends StandardWebSocketUpgradeStrategy {

    @Override
    public void upgrade(ServerHttpRequest request, ServerHttpResponse response, String selectedProtocol,
                        List<WebSocketExtension> selectedExtensions, Principal user, WebSocketHandler wsHandler,
                        Map<String, Object> attrs) throws HandshakeFailureException {
        var forgetting = new ServletServerHttpRequest(new Forgetting(((ServletServerHttpRequest) request).getServletRequest())) {
            @Override
            public HttpHeaders getHeaders() {
                return new HttpHeaders();
            }
        };
        super.upgrade(forgetting, response, selectedProtocol, selectedExtensions, null, wsHandler, attrs);
    }

    /** The request as the container's upgrade sees it: no header list to copy, no principal to keep. */
    private static final class Forgetting extends HttpServletRequestWrapper {
        Forgetting(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public Principal getUserPrincipal() {
            return null;
        }
    }
}
