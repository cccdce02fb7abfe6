package io.lifeline.standalone;

import io.lifeline.bridge.WebSocketBridgeApplication;
import io.lifeline.standalone.data.DataDirectory;
import io.lifeline.standalone.demo.DemoSite;
import io.lifeline.standalone.edge.Edge;
import io.lifeline.standalone.edge.RunningEdge;
import io.lifeline.standalone.kafka.EmbeddedKafka;
import io.lifeline.standalone.options.StandaloneOptions;
import io.lifeline.standalone.postgres.EmbeddedDatabase;
import io.lifeline.standalone.secrets.Secret;
import io.lifeline.standalone.secrets.StandaloneSecrets;
import io.lifeline.standalone.services.RunningService;
import io.lifeline.standalone.services.BridgeStarter;
import io.lifeline.standalone.services.Service;
import io.lifeline.standalone.services.ServiceLauncher;
import io.lifeline.standalone.services.ServicePorts;
import io.lifeline.standalone.services.SharedInfrastructure;
import io.lifeline.standalone.services.StartupCompletion;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The start-up order: PostgreSQL and Kafka at once, then the three services and the edge at once
 * (each told the others' ports, chosen beforehand); it returns once the services' processors and
 * Kafka listeners have started too. When any part fails, what had started is stopped again and the
 * error names the part.
 */
final class Lifeline {
    /** Longer than Axon's claim timeout (10 s), which a claim left by a killed predecessor must run out. */
    private static final Duration STARTUP_COMPLETION_TIMEOUT = Duration.ofSeconds(30);

    private Lifeline() {
    }

    /** For tests: everything started is stopped again when the start fails. */
    static RunningLifeline start(StandaloneOptions options, Map<String, String> env) throws Exception {
        ShutdownSequence shutdown = new ShutdownSequence();
        try {
            return start(options, env, shutdown);
        } catch (Exception | Error e) {
            shutdown.close();
            throw e;
        }
    }

    static RunningLifeline start(StandaloneOptions options, Map<String, String> env, ShutdownSequence shutdown) throws Exception {
        // before a quarter of a minute of start-up, not after
        requireFree(options.address(), options.port(), "--port");
        if (options.bridgePort() != 0) {
            requireFree("127.0.0.1", options.bridgePort(), "--bridge-port");
        }
        WebSocketBridgeApplication.prepareJvm(); // before the first service's Tomcat loads the WebSocket classes
        DataDirectory data = shutdown.add(DataDirectory.open(options.dataDir(), options.clean()));
        StandaloneSecrets secrets = StandaloneSecrets.resolve(env, data);

        ConcurrentStart infrastructure = new ConcurrentStart(shutdown);
        CompletableFuture<EmbeddedDatabase> startingDatabase = infrastructure.begin("PostgreSQL",
                () -> EmbeddedDatabase.start(data.postgres(), options.dbPort()));
        CompletableFuture<EmbeddedKafka> startingKafka = infrastructure.begin("Kafka", () -> EmbeddedKafka.start(data.kafka()));
        infrastructure.await();
        EmbeddedDatabase database = ConcurrentStart.started(startingDatabase);
        EmbeddedKafka kafka = ConcurrentStart.started(startingKafka);

        SharedInfrastructure shared = new SharedInfrastructure(database.jdbcUrl(), EmbeddedDatabase.USER,
                kafka.bootstrapServers(), secrets.adminPassword().map(Secret::value), secrets.jwtSecret().map(Secret::value),
                env.containsKey("LIFELINE_ATTACHMENT_DIR") ? Optional.empty() : Optional.of(data.attachments()));
        // Every address known beforehand, so the services and the edge start at once.
        ServicePorts ports = ServicePorts.pick(options.bridgePort(), options.port());
        BridgeStarter bridges = new BridgeStarter(shared, ports.uri(Service.QUERY_SIDE),
                List.of("http://localhost:" + options.port(), "http://127.0.0.1:" + options.port(),
                        "http://" + options.address() + ":" + options.port()));
        ConcurrentStart services = new ConcurrentStart(shutdown);
        CompletableFuture<RunningService> startingCommand = services.begin("the command side",
                () -> ServiceLauncher.start(Service.COMMAND_SIDE, shared, List.of(portArgument(ports, Service.COMMAND_SIDE))));
        CompletableFuture<RunningService> startingQuery = services.begin("the query side",
                () -> ServiceLauncher.start(Service.QUERY_SIDE, shared, List.of(portArgument(ports, Service.QUERY_SIDE))));
        CompletableFuture<RunningService> startingBridge = services.begin("the WebSocket bridge",
                () -> bridges.start(ports.websocketBridge()));
        CompletableFuture<RunningEdge> startingEdge = services.begin("the edge",
                () -> Edge.start(options.address(), options.port(), ports.uri(Service.COMMAND_SIDE),
                        ports.uri(Service.QUERY_SIDE), ports.uri(Service.WEBSOCKET_BRIDGE)));
        services.await();
        RunningService command = ConcurrentStart.started(startingCommand);
        RunningService query = ConcurrentStart.started(startingQuery);
        RunningService bridge = ConcurrentStart.started(startingBridge);
        RunningEdge edge = ConcurrentStart.started(startingEdge);
        // Processors and Kafka listeners finish starting on their own threads, and log as they do.
        StartupCompletion.await(List.of(command, query, bridge), STARTUP_COMPLETION_TIMEOUT);
        DemoSite.ensure(command.uri(), query.uri(), secrets.adminUsername(),
                secrets.adminPassword().map(Secret::value).or(() -> Optional.ofNullable(env.get("LIFELINE_ADMIN_PASSWORD"))));
        return new RunningLifeline(data, secrets, database, kafka, List.of(command, query, bridge), edge, bridges,
                shutdown);
    }

    private static void requireFree(String address, int port, String option) throws IOException {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(address))) {
            // only probing
        } catch (BindException taken) {
            throw new IOException("Port " + port + " on " + address + " is in use; choose another with " + option + "=", taken);
        }
    }

    private static String portArgument(ServicePorts ports, Service service) {
        return "--server.port=" + ports.of(service);
    }
}
