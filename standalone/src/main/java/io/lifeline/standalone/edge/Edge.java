package io.lifeline.standalone.edge;

import static io.lifeline.standalone.config.AutoConfigurationExclusions.DATABASE_SERVICES_ONLY;
import static io.lifeline.standalone.config.AutoConfigurationExclusions.NEVER_MATCHING;
import static io.lifeline.standalone.config.AutoConfigurationExclusions.QUERY_SIDE_ONLY;

import io.lifeline.standalone.config.AutoConfigurationExclusions;
import io.lifeline.standalone.config.LoggingSetUpInTurn;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the edge on the client port, routing to the services' addresses (which need not answer yet). */
public final class Edge {

    /**
     * What the services bring that a proxy must not run: security (each service checks its own
     * tokens; the edge passes them through), actuator (its {@code /actuator/**} paths belong to the
     * command side) and the servlet stack (the edge runs on Netty, whose WebSocket proxy it uses).
     */
    private static final Set<String> SERVICES_ONLY = Set.of(
            "org.springframework.boot.security",
            "org.springframework.boot.actuate",
            "org.springframework.boot.health",
            "org.springframework.boot.micrometer",
            "org.springframework.boot.webflux.autoconfigure.actuate",
            "org.springframework.boot.reactor.netty.autoconfigure.actuate",
            "org.springframework.boot.servlet",
            "org.springframework.boot.webmvc",
            "org.springframework.boot.websocket",
            "org.springframework.boot.tomcat",
            "org.springframework.boot.transaction",
            "org.springframework.boot.persistence");

    private Edge() {
    }

    public static RunningEdge start(String address, int port, URI commandSide, URI querySide, URI websocketBridge) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(EdgeApplication.class)
                .main(EdgeApplication.class)
                .web(WebApplicationType.REACTIVE)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties("logging.register-shutdown-hook=false", "logging.include-application-name=false")
                .listeners(LoggingSetUpInTurn.listeners())
                .run("--spring.config.name=edge",
                        "--spring.application.name=edge",
                        "--server.address=" + address,
                        "--server.port=" + port,
                        "--lifeline.edge.command-side=" + commandSide,
                        "--lifeline.edge.query-side=" + querySide,
                        "--lifeline.edge.websocket-bridge=" + websocketBridge,
                        // Drop pooled connections well before the services' keep-alive timeout ends them under a request.
                        "--spring.cloud.gateway.server.webflux.httpclient.pool.max-idle-time=15s",
                        AutoConfigurationExclusions.argument(SERVICES_ONLY, DATABASE_SERVICES_ONLY, QUERY_SIDE_ONLY, NEVER_MATCHING));
        return new RunningEdge(context, context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
