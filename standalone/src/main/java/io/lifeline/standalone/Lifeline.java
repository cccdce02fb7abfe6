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
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;

/**
 * The start-up order: the infrastructure (in parallel), then each service, then the edge; it returns
 * once the services' processors and Kafka listeners have started too.
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

        CompletableFuture<EmbeddedDatabase> startingDatabase = inBackground("postgres",
                () -> EmbeddedDatabase.start(data.postgres(), options.dbPort()));
        CompletableFuture<EmbeddedKafka> startingKafka = inBackground("kafka", () -> EmbeddedKafka.start(data.kafka()));
        awaitBoth(startingDatabase, startingKafka);
        // Whichever started is stopped again by the sequence even if the other failed.
        startingDatabase.thenAccept(shutdown::add);
        startingKafka.thenAccept(shutdown::add);
        EmbeddedDatabase database = result(startingDatabase);
        EmbeddedKafka kafka = result(startingKafka);

        SharedInfrastructure shared = new SharedInfrastructure(database.jdbcUrl(), EmbeddedDatabase.USER,
                kafka.bootstrapServers(), secrets.adminPassword().map(Secret::value), secrets.jwtSecret().map(Secret::value),
                env.containsKey("LIFELINE_ATTACHMENT_DIR") ? Optional.empty() : Optional.of(data.attachments()));
        RunningService command = shutdown.add(ServiceLauncher.start(Service.COMMAND_SIDE, shared));
        RunningService query = shutdown.add(ServiceLauncher.start(Service.QUERY_SIDE, shared));
        BridgeStarter bridges = new BridgeStarter(shared, query.uri(),
                List.of("http://localhost:" + options.port(), "http://127.0.0.1:" + options.port(),
                        "http://" + options.address() + ":" + options.port()));
        RunningService bridge = shutdown.add(bridges.start(options.bridgePort()));
        RunningEdge edge = shutdown.add(Edge.start(options.address(), options.port(), command.uri(), query.uri(),
                bridge.uri()));
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

    private static <T> CompletableFuture<T> inBackground(String name, Callable<T> start) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(start.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "lifeline-start-" + name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static void awaitBoth(CompletableFuture<?> first, CompletableFuture<?> second) {
        try {
            CompletableFuture.allOf(first, second).join();
        } catch (CompletionException failed) {
            // Each outcome is looked at on its own.
        }
    }

    private static <T> T result(CompletableFuture<T> done) throws Exception {
        try {
            return done.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        }
    }
}
