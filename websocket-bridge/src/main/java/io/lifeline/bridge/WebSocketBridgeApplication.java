package io.lifeline.bridge;

import io.lifeline.bridge.websocket.TomcatWebSocketBuffers;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration;

/** Starts the websocket-bridge service on its own; the standalone module starts it beside the others. */
// Logback's event counters are never exposed, yet their filter would stand in front of every log-level
// check of every library (several per message).
@SpringBootApplication(exclude = LogbackMetricsAutoConfiguration.class)
public class WebSocketBridgeApplication {
    /** Each service reads {@code websocket-bridge.yml}, so several can share one classpath and one JVM. */
    public static final String CONFIG_NAME = "websocket-bridge";

    public static void main(String[] args) {
        prepareJvm();
        builder().run(args);
    }

    /**
     * What the bridge needs of its JVM before any Tomcat server in it starts (the WebSocket container's
     * buffer size is read once, when its classes load): called by {@link #main} and by whatever starts
     * the bridge beside other services in one JVM.
     */
    public static void prepareJvm() {
        TomcatWebSocketBuffers.preferSmall();
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(WebSocketBridgeApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
