package io.lifeline.bridge.websocket;

import io.lifeline.bridge.config.BridgeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * One endpoint, {@code /ws}, for every client kind. Browsers are held to the origin allowlist
 * (empty: only the bridge's own origin) or, with a site's device token, to that site's allowed
 * origins, by the {@link HandshakeAuthenticator}; clients that send no Origin are not browsers.
 */
@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {
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
        registry.addHandler(handler, "/ws").addInterceptors(authenticator).setAllowedOriginPatterns("*");
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(properties.maxFrameBytes());
        container.setAsyncSendTimeout(properties.sendTimeout().toMillis());
        return container;
    }
}
