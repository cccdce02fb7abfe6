package io.lifeline.bridge;

import io.lifeline.bridge.websocket.TomcatWebSocketBuffers;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Starts the websocket-bridge service on its own; the standalone module starts it beside the others. */
@SpringBootApplication
public class WebSocketBridgeApplication {
    /** Each service reads {@code websocket-bridge.yml}, so several can share one classpath and one JVM. */
    public static final String CONFIG_NAME = "websocket-bridge";

    public static void main(String[] args) {
        TomcatWebSocketBuffers.preferSmall();
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(WebSocketBridgeApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
