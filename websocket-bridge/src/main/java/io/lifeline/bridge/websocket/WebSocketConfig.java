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
 * (empty: only the bridge's own origin); clients that send no Origin are not browsers.
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
        registry.addHandler(handler, "/ws").addInterceptors(authenticator)
                .setAllowedOrigins(properties.allowedOrigins().toArray(String[]::new));
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(properties.maxFrameBytes());
        container.setAsyncSendTimeout(properties.sendTimeout().toMillis());
        return container;
    }
}
