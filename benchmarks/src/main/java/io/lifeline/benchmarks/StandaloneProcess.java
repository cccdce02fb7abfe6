package io.lifeline.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The standalone jar run as a separate process on free ports with a fresh data directory, so what it
 * uses (CPU, memory) is its own and can be read from {@code /proc}; stopped at the end.
 */
final class StandaloneProcess implements AutoCloseable {
    private static final Pattern STARTED_IN = Pattern.compile("Lifeline is running \\(started in ([0-9.]+) s\\)");
    private final Process process;
    private final Path dataDir;
    private final int port;
    private final int dbPort;
    private final int bridgePort;
    private final Path log;

    private StandaloneProcess(Process process, Path dataDir, int port, int dbPort, int bridgePort, Path log) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
        this.dbPort = dbPort;
        this.bridgePort = bridgePort;
        this.log = log;
    }

    static StandaloneProcess start(Path jar, Path workDir, List<String> jvmOptions) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: build it with ./mvnw -q package -DskipTests");
        }
        Files.createDirectories(workDir);
        Path dataDir = Files.createTempDirectory(workDir, "lifeline-data-");
        Path log = workDir.resolve("standalone.log");
        int port = freePort();
        int dbPort = freePort();
        int bridgePort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--data-dir=" + dataDir, "--clean",
                "--port=" + port, "--address=127.0.0.1", "--db-port=" + dbPort, "--bridge-port=" + bridgePort));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the benchmark measures what the system carries, not the per-device limits that protect it:
        // one benchmark device sends far more than any person would
        builder.environment().put("LIFELINE_RATE_LIMITS_ENABLED", "false");
        Process process = builder.start();
        StandaloneProcess started = new StandaloneProcess(process, dataDir, port, dbPort, bridgePort, log);
        started.awaitRunning(Duration.ofMinutes(4));
        return started;
    }

    private void awaitRunning(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the standalone process ended with " + process.exitValue() + "; see " + log);
            }
            if (Files.exists(log) && Files.readString(log).contains("Lifeline is running")) {
                return;
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the standalone process did not start within " + timeout + "; see " + log);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The bridge's own WebSocket endpoint, behind the edge: what a bridge alone carries is measured there. */
    URI bridgeWebSocketUri() {
        return URI.create("ws://127.0.0.1:" + bridgePort + "/ws");
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + dbPort + "/lifeline";
    }

    String adminPassword() throws IOException {
        return Files.readString(dataDir.resolve("admin-password")).trim();
    }

    long pid() {
        return process.pid();
    }

    /** How long the standalone took to start, as its banner says ("started in 18.3 s"); null if it does not say. */
    Double startupSeconds() throws IOException {
        var matcher = STARTED_IN.matcher(Files.readString(log));
        return matcher.find() ? Double.valueOf(matcher.group(1)) : null;
    }

    /** The CPU time so far of the standalone's PostgreSQL: its server process and the backends alive now. */
    Duration postgresCpuTime() {
        try {
            long server = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).trim());
            return ProcessHandle.of(server).map(handle -> Stream.concat(Stream.of(handle), handle.descendants())
                    .map(each -> each.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(Duration.ZERO, Duration::plus)).orElse(Duration.ZERO);
        } catch (IOException | RuntimeException unreadable) {
            return Duration.ZERO;
        }
    }

    /** The process's CPU time so far (user and system), from the JDK's view of the process. */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM: the services, Kafka and PostgreSQL shut down in order
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
