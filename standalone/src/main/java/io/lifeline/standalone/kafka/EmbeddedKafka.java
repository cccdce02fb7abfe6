package io.lifeline.standalone.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A one-node Kafka cluster in this JVM, formatted on first start and reopened afterwards, so topics
 * and offsets survive a restart like the event store does. Ports are chosen free at every start:
 * nothing outside the process needs to know them.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final int NODE_ID = 1;
    private static final long READY_SECONDS = 60;
    /** Bytes; a cleaner pass deduplicates up to about 0.9 x this / 24 keys (some 600,000 offsets). */
    private static final int LOG_CLEANER_DEDUPE_BUFFER = 16 * 1024 * 1024;
    private static final int METADATA_IDLE_INTERVAL_MS = 10_000;
    private static final int IO_THREADS = 2;
    private static final int NETWORK_THREADS = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    public static EmbeddedKafka start(Path directory) throws IOException {
        Files.createDirectories(directory);
        int brokerPort = freePort();
        int controllerPort = freePort();
        Properties config = config(directory.resolve("log"), brokerPort, controllerPort);
        Path configFile = directory.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(configFile)) {
            config.store(out, "Written by Lifeline standalone at every start; edits are overwritten");
        }
        if (!Files.exists(directory.resolve("log").resolve("meta.properties"))) {
            format(configFile);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        String bootstrapServers = "127.0.0.1:" + brokerPort;
        EmbeddedKafka kafka = new EmbeddedKafka(server, bootstrapServers);
        try {
            server.startup();
            kafka.awaitBroker();
        } catch (IOException | RuntimeException e) {
            kafka.close();
            throw e;
        }
        return kafka;
    }

    static Properties config(Path logDirectory, int brokerPort, int controllerPort) {
        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDirectory.toString()),
                // One node: the internal topics cannot have more replicas, and need few partitions.
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // Request handler and network threads, for the broker and again for the controller: each idle one
                // wakes every 300 ms (Kafka's defaults are 8 and 3 per listener, sized for a machine of its own).
                Map.entry("num.io.threads", String.valueOf(IO_THREADS)),
                Map.entry("num.network.threads", String.valueOf(NETWORK_THREADS)),
                // The active controller appends a no-op record to the metadata log this often (500 ms by default)
                // so that other nodes see it alive; alone, it only wakes the controller, raft and metadata threads.
                Map.entry("metadata.max.idle.interval.ms", String.valueOf(METADATA_IDLE_INTERVAL_MS)),
                // The log cleaner's key map, which compacts the consumer offsets topic, is allocated on the heap
                // at start (128 MiB by default: half the standalone's live heap); one node's offsets need little.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(LOG_CLEANER_DEDUPE_BUFFER))));
        return config;
    }

    /** Once per data directory: a formatted log keeps its cluster id, and formatting again would need it. */
    private static void format(Path configFile) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            status = StorageTool.execute(new String[] {
                    "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString()
            }, print);
        } catch (RuntimeException e) {
            throw new IOException("Could not format Kafka's storage: " + output.toString(StandardCharsets.UTF_8), e);
        }
        if (status != 0) {
            throw new IOException("Could not format Kafka's storage: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** The broker answers metadata requests only once it has caught up with the controller. */
    private void awaitBroker() throws IOException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.describeCluster().nodes().get(READY_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Kafka did not become ready on " + bootstrapServers, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
