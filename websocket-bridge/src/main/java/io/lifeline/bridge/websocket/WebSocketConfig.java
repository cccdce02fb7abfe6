package io.lifeline.bridge.websocket;

import io.lifeline.bridge.config.BridgeProperties;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * One endpoint, {@code /ws}, for every client kind. Browsers are held to the origin allowlist
 * (empty: only the bridge's own origin) or, with a site's device token, to that site's allowed
 * origins, by the {@link HandshakeAuthenticator}; clients that send no Origin are not browsers.
 *
 * <p>A bridge holds thousands of connections that are idle nearly all the time, and the container
 * gives each its own buffers for as long as it is open. They are kept small: a client frame is read
 * in parts of {@link #READ_BUFFER_CHARS} characters and joined by the handler (up to
 * {@code max-frame-bytes}); binary frames, never part of the protocol, in parts of
 * {@link #BINARY_BUFFER_BYTES}; the socket's own read and write buffers hold {@link #SOCKET_BUFFER_BYTES}
 * (a longer read or write goes to the socket directly, a few more system calls for a big one), and
 * {@link TomcatWebSocketBuffers} sizes the container's frame buffers. The session keeps no copy of
 * the handshake's headers or principal ({@link UpgradeWithoutHandshakeCopies}).
 */
@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {
    static final int READ_BUFFER_CHARS = 256;
    static final int BINARY_BUFFER_BYTES = 128;
    static final int SOCKET_BUFFER_BYTES = 512;
    private final BridgeWebSocketHandler handler;
    private final HandshakeAuthenticator authenticator;
    private final BridgeProperties properties;

    WebSocketConfig(BridgeWebSocketHandler handler, HandshakeAuthenticator authenticator, BridgeProperties properties) {
        this.handler = handler;
        this.authenticator = authenticator;
        this.properties = properties;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Any origin reaches the handshake, which decides by the token: a site's visitors from the
        // origins the site allows, anyone from the bridge's own origin and the configured ones.
        registry.addHandler(handler, "/ws").setHandshakeHandler(new DefaultHandshakeHandler(new UpgradeWithoutHandshakeCopies()))
                .addInterceptors(authenticator).setAllowedOriginPatterns("*");
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(Math.min(READ_BUFFER_CHARS, properties.maxFrameBytes()));
        container.setMaxBinaryMessageBufferSize(BINARY_BUFFER_BYTES);
        container.setAsyncSendTimeout(properties.sendTimeout().toMillis());
        return container;
    }

    @Bean
    TomcatConnectorCustomizer smallSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.appReadBufSize", Integer.toString(SOCKET_BUFFER_BYTES));
            connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_BUFFER_BYTES));
        };
    }
}
