package io.lifeline.standalone.edge;

import java.net.InetSocketAddress;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ReactorResourceFactory;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

/**
 * The edge's context: Spring Cloud Gateway on Reactor Netty and these routes, nothing scanned.
 *
 * <p>Why Spring Cloud Gateway: a reverse proxy is all it is for, and it already does what a
 * hand-written one would get subtly wrong: bodies stream both ways without buffering, status codes,
 * problem+json bodies and headers (Authorization, Content-Type) pass unchanged while hop-by-hop
 * headers are dropped, and an {@code Upgrade: websocket} request on a route becomes a proxied
 * WebSocket session. Jetty's proxy does not proxy WebSocket upgrades at all, and Reactor Netty alone
 * would mean writing that proxy here. The 2025.1 release train's commons accept Boot 4.1.x.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(exclude = LogbackMetricsAutoConfiguration.class) // as the services: unexposed counters
@EnableConfigurationProperties(EdgeTargets.class)
class EdgeApplication {
    /** Where {@code /} leads: the same in the distributed edge ({@code deploy/edge.conf}). */
    static final String HOME = "/console/";

    /**
     * Its own event loops: with Reactor Netty's global ones, stopping one edge (a test's, in a JVM
     * that runs several) would stop every other edge's server too.
     */
    @Bean
    ReactorResourceFactory reactorResourceFactory() {
        var resources = new ReactorResourceFactory();
        resources.setUseGlobalResources(false);
        return resources;
    }

    @Bean
    EdgeProblems edgeProblems() {
        return new EdgeProblems();
    }

    @Bean
    TokenSubprotocol tokenSubprotocol() {
        return new TokenSubprotocol();
    }

    @Bean
    ClientAddressHeader clientAddressHeader() {
        return new ClientAddressHeader();
    }

    /**
     * {@code /ws} upgrades relayed to the bridge as bytes ({@link WebSocketRelay}): its handler goes
     * first in every client connection's pipeline, before Reactor Netty's HTTP codec.
     */
    @Bean
    NettyServerCustomizer webSocketRelay(EdgeTargets targets) {
        var bridge = new InetSocketAddress(targets.websocketBridge().getHost(), targets.websocketBridge().getPort());
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) ->
                channel.pipeline().addFirst(WebSocketRelay.NAME, new WebSocketRelay(bridge)));
    }

    /** The demo website, answered by the edge itself before any route to a service. */
    @Bean
    RouterFunction<ServerResponse> demoPage() {
        return DemoPage.routes();
    }

    @Bean
    WebFilter demoPageHeaders() {
        return DemoPage.headers();
    }

    @Bean
    WebFilter preflightHidden() {
        return PreflightPassThrough.hide();
    }

    @Bean
    GlobalFilter preflightRestored() {
        return PreflightPassThrough.restore();
    }

    /** Checked in order: the query side's prefix sits inside the command side's {@code /api/**}. */
    @Bean
    RouteLocator routes(RouteLocatorBuilder routes, EdgeTargets targets) {
        return routes.routes()
                .route("query-side", route -> route.order(0)
                        .path("/api/query", "/api/query/**")
                        // The original Host lets services build links, and the bridge check a browser's
                        // Origin, against the address the client used rather than a loopback port.
                        .filters(filters -> filters.preserveHostHeader())
                        .uri(targets.querySide()))
                .route("websocket-bridge", route -> route.order(1)
                        .path("/ws", "/ws/**", "/client/**", "/widget/**", "/console/**")
                        .filters(filters -> filters.preserveHostHeader())
                        .uri(targets.websocketBridge()))
                .route("command-side", route -> route.order(2)
                        .path("/api/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/asyncapi.yaml", "/actuator/**")
                        .filters(filters -> filters.preserveHostHeader())
                        .uri(targets.commandSide()))
                // A newcomer opens the address itself: the staff console.
                // Relative, so it holds whatever host and port the client used; answered here, no upstream ("no://op").
                .route("home", route -> route.order(3)
                        .path("/")
                        .filters(filters -> filters.redirect(HttpStatus.FOUND.value(), HOME))
                        .uri("no://op"))
                .build();
    }
}
