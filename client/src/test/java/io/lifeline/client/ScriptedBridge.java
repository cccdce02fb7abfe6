package io.lifeline.client;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * A stand-in for the bridge that a test scripts frame by frame: embedded Tomcat with a WebSocket
 * endpoint at {@code /ws}. It records the Authorization header of every handshake, refuses the token
 * {@code expired} with HTTP 401 as the bridge does, and hands each connection to the test.
 */
final class ScriptedBridge implements AutoCloseable {
    static final String EXPIRED_TOKEN = "expired";

    private final Tomcat tomcat = new Tomcat();
    private final Path baseDir;
    private final BlockingQueue<BridgeConnection> connections = new LinkedBlockingQueue<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private ScriptedBridge() throws IOException {
        baseDir = Files.createTempDirectory("scripted-bridge");
    }

    static ScriptedBridge start() throws Exception {
        ScriptedBridge bridge = new ScriptedBridge();
        bridge.run();
        return bridge;
    }

    private void run() throws LifecycleException {
        tomcat.setBaseDir(baseDir.toString());
        tomcat.setPort(0);
        tomcat.getConnector();
        Context context = tomcat.addContext("", baseDir.toString());
        Tomcat.addServlet(context, "default", new HttpServlet() {
        });
        context.addServletMappingDecoded("/", "default");
        addTokenCheck(context);
        context.addServletContainerInitializer(new WsSci(), null);
        context.addServletContainerInitializer((classes, servletContext) -> {
            ServerContainer container = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
            try {
                container.addEndpoint(ServerEndpointConfig.Builder.create(ScriptedEndpoint.class, "/ws")
                        .configurator(new Configurator()).build());
            } catch (jakarta.websocket.DeploymentException e) {
                throw new IllegalStateException(e);
            }
        }, null);
        tomcat.start();
    }

    /** Declared filters run before Tomcat's WebSocket filter, as the bridge's security runs before its upgrade. */
    private static void addTokenCheck(Context context) {
        Filter check = (request, response, chain) -> {
            String authorization = ((HttpServletRequest) request).getHeader("Authorization");
            if (("Bearer " + EXPIRED_TOKEN).equals(authorization)) {
                ((HttpServletResponse) response).sendError(401);
                return;
            }
            chain.doFilter(request, response);
        };
        FilterDef definition = new FilterDef();
        definition.setFilterName("token-check");
        definition.setFilter(check);
        context.addFilterDef(definition);
        FilterMap mapping = new FilterMap();
        mapping.setFilterName("token-check");
        mapping.addURLPattern("/*");
        context.addFilterMap(mapping);
    }

    URI uri() {
        return URI.create("ws://localhost:" + tomcat.getConnector().getLocalPort() + "/ws");
    }

    /** The next connection a client opened, waiting for it if need be. */
    BridgeConnection awaitConnection() throws InterruptedException {
        BridgeConnection connection = connections.poll(10, TimeUnit.SECONDS);
        if (connection == null) {
            throw new AssertionError("no client connected");
        }
        return connection;
    }

    /** The connection opened since the last one taken, if any, without waiting. */
    BridgeConnection nextConnectionIfAny() {
        return connections.poll();
    }

    /** The Authorization header of every handshake that reached the WebSocket endpoint, in order. */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    @Override
    public void close() throws Exception {
        tomcat.stop();
        tomcat.destroy();
        try (var files = Files.walk(baseDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private final class Configurator extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            List<String> headers = request.getHeaders().get("Authorization");
            authorizations.add(headers == null || headers.isEmpty() ? null : headers.get(0));
        }

        @Override
        public <T> T getEndpointInstance(Class<T> endpointClass) {
            return endpointClass.cast(new ScriptedEndpoint(connections));
        }
    }

    /** Public for Tomcat, which checks the endpoint class it is given. */
    public static final class ScriptedEndpoint extends Endpoint {
        private final BlockingQueue<BridgeConnection> connections;

        public ScriptedEndpoint() {
            this(new LinkedBlockingQueue<>());
        }

        ScriptedEndpoint(BlockingQueue<BridgeConnection> connections) {
            this.connections = connections;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            BridgeConnection connection = new BridgeConnection(session);
            session.addMessageHandler(String.class, connection::received);
            connections.add(connection);
        }
    }
}
