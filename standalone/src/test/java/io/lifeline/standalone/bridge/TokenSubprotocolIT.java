package io.lifeline.standalone.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.lifeline.standalone.StandaloneForTests;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A browser's token offered as the only subprotocol opens the connection through the edge just as it
 * does at the bridge directly, and no token reaches a log even with the handshake's own loggers (the
 * gateway's, Spring's WebSocket support, Netty's and Tomcat's handshakers) turned up to trace.
 */
class TokenSubprotocolIT {
    private static final List<String> HANDSHAKE_LOGGERS = List.of("org.springframework.web.reactive.socket",
            "org.springframework.web.socket", "org.springframework.cloud.gateway", "io.netty.handler.codec.http.websocketx",
            "reactor.netty.http.client", "reactor.netty.http.server", "org.apache.tomcat.websocket",
            "io.lifeline.bridge.websocket");
    static StandaloneForTests lifeline;
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Map<String, Level> levelsBefore = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        lifeline = StandaloneForTests.shared();
    }

    @BeforeEach
    void captureEveryLogLine() {
        var logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : HANDSHAKE_LOGGERS) {
            Logger logger = logback.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
        captured.setContext(logback);
        captured.start();
        logback.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        var logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        logback.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        levelsBefore.forEach((name, level) -> logback.getLogger(name).setLevel(level));
    }

    @Test
    void onlyTheTokenSubprotocolOpensTheConnectionThroughTheEdgeAsAtTheBridge() throws Exception {
        String token = lifeline.adminToken();
        URI bridge = URI.create("ws://127.0.0.1:" + lifeline.bridge().port() + "/ws");
        String direct;
        try (var socket = TestSocket.withProtocols(bridge, List.of("lifeline.bearer." + token), null)) {
            direct = socket.protocol();
            socket.send(Map.of("type", "ping", "ref", "direct"));
            assertThat(socket.await("pong").path("ref").asString()).isEqualTo("direct");
        }

        try (var socket = TestSocket.withProtocols(lifeline.ws(), List.of("lifeline.bearer." + token), null)) {
            socket.send(Map.of("type", "ping", "ref", "edge"));
            assertThat(socket.await("pong").path("ref").asString()).isEqualTo("edge");
            assertThat(socket.protocol()).isEqualTo(direct);
            assertThat(socket.isClosed()).isFalse();
        }

        assertThat(captured.list).as("the handshake loggers were listening").isNotEmpty();
        assertThat(everyLine()).noneMatch(line -> line.contains(token));
    }

    @Test
    void theTokenBesideTheProtocolNameNeverReachesALogAndTheNameIsChosen() throws Exception {
        String token = lifeline.adminToken();
        try (var browser = TestSocket.withProtocols(lifeline.ws(), List.of("lifeline.v1", "lifeline.bearer." + token),
                lifeline.origin())) {
            assertThat(browser.protocol()).isEqualTo("lifeline.v1");
            browser.send(Map.of("type", "ping", "ref", "r-1"));
            assertThat(browser.await("pong").path("ref").asString()).isEqualTo("r-1");
        }
        try (var refused = TestSocket.withProtocols(lifeline.ws(), List.of("lifeline.bearer." + token + "x"), null)) {
            refused.awaitClose();
        } catch (java.util.concurrent.CompletionException refusedOutright) {
            // either way: a bad token is refused, and is no more logged than a good one
        }

        assertThat(everyLine()).noneMatch(line -> line.contains(token));
    }

    private List<String> everyLine() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(captured.list)) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
                lines.add(proxy.getClassName() + ": " + proxy.getMessage());
            }
        }
        return lines;
    }
}
