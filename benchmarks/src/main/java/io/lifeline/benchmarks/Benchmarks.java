package io.lifeline.benchmarks;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the measurements one after the other against one system and writes the report. Only to this
 * machine unless {@code --allow-remote}: a load test aimed at someone else's server by a typo is an attack.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("hops")) {
            SendHopsReport.main(List.of(args).subList(1, args.length));
            return;
        }
        if (List.of(args).contains("--help")) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        Results.Report report = run(BenchmarkOptions.parse(args), String.join(" ", args));
        System.out.println(ReportWriter.table(report));
        // The JDK's HTTP client and the clients' threads are daemons, but a stuck one must not keep us alive.
        System.exit(0);
    }

    /** Messages per second while the JIT warms up before the curve. */
    static final int PRIME_RATE = 20;

    static Results.Report run(BenchmarkOptions options, String arguments) throws Exception {
        String started = Instant.now().toString();
        long wallStart = System.nanoTime();
        Duration cpuStart = Machine.ownCpu();
        List<String> notes = new ArrayList<>();
        StandaloneProcess process = null;
        try {
            URI target = options.target();
            String dbUrl = options.dbUrl();
            String password = options.adminPassword();
            if (options.start()) {
                log("starting " + options.standaloneJar());
                process = StandaloneProcess.start(options.standaloneJar(), options.results(), List.of());
                target = process.uri();
                dbUrl = process.jdbcUrl();
                password = process.adminPassword();
                log("started: " + target + " (pid " + process.pid() + ")");
            }
            requireLoopback(target, options.allowRemote());
            if (password == null) {
                throw new IllegalArgumentException("the admin password is needed: --admin-password or LIFELINE_ADMIN_PASSWORD");
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            LifelineApi api = new LifelineApi(target, http);
            AdminSession adminSession = new AdminSession(api, password);
            adminSession.token(); // a wrong password stops the run here, before anything is measured
            Results.Idle idle = null;
            if (process != null && options.runs("idle")) {
                log("idle: left alone " + options.idle().toSeconds() + " s, then measured for as long");
                idle = IdleBenchmark.run(process, options.idle());
            }
            Duration systemCpuStart = process == null ? null : process.cpuTime();

            List<Results.LatencyRun> latency = new ArrayList<>();
            Results.MaxRate maxRate = null;
            if (options.runs("latency") || options.runs("maxrate")) {
                log("opening " + options.conversations() + " conversations"
                        + (options.receipts() ? ", the staff member sending delivered and read for each message" : ""));
                try (LatencyBenchmark benchmark = LatencyBenchmark.open(api, adminSession.token(), options.conversations(), options.receipts(), http,
                        process)) {
                    if (!options.prime().isZero() && !options.rates().isEmpty()) {
                        // gently: a cold JVM that falls behind builds a backlog the first rate would inherit
                        int gentle = Math.min(PRIME_RATE, options.rates().stream().mapToInt(Integer::intValue).min().orElseThrow());
                        log("priming at " + gentle + "/s for " + options.prime().toSeconds() + " s (unrecorded)");
                        benchmark.run(gentle, options.prime(), Duration.ZERO);
                    }
                    if (options.runs("latency")) {
                        for (int rate : options.rates()) {
                            log("latency at " + rate + "/s");
                            latency.add(benchmark.run(rate, options.warmup(), options.duration()));
                        }
                    }
                    if (options.runs("maxrate")) {
                        maxRate = RateSearch.search(benchmark, latency, options);
                    }
                }
            }
            Results.Freshness freshness = null;
            if (options.runs("freshness")) {
                log("freshness: " + options.samples() + " messages, each read back from the inbox projection");
                freshness = FreshnessBenchmark.run(api, options.samples());
            }
            Results.Connections connections = null;
            if (options.runs("connections")) {
                log("opening " + options.connections() + " idle connections");
                connections = ConnectionsBenchmark.run(api, options.connections(), http, process);
            }
            Results.Growth growth = null;
            Results.Replay replay = null;
            if (options.runs("growth") || options.runs("replay")) {
                if (dbUrl == null) {
                    notes.add("growth and replay skipped: they need the event store (--db-url) or --start");
                } else {
                    try (EventStoreGenerator generator = new EventStoreGenerator(dbUrl, options.dbUser())) {
                        StorageBenchmarks storage = new StorageBenchmarks(api, adminSession, generator, options.samples(), options.settle());
                        if (options.runs("growth")) {
                            log("cost growth: " + options.longConversation() + " messages, "
                                    + options.manyConversations() + " conversations");
                            growth = storage.growth(options.longConversation(), 1_000, options.manyConversations());
                        }
                        if (options.runs("replay")) {
                            log("replay of " + options.replayEvents() + " events");
                            replay = storage.replay(options.replayEvents(), options::rebuilds);
                        }
                    }
                }
            }
            double wall = (System.nanoTime() - wallStart) / 1e9;
            var cpu = new Results.Cpu(Machine.ownCpu().minus(cpuStart).toNanos() / 1e9,
                    process == null ? null : process.cpuTime().minus(systemCpuStart).toNanos() / 1e9, wall);
            var report = new Results.Report(started, Machine.describe(), "java -jar lifeline-benchmarks.jar " + arguments,
                    idle, latency, maxRate, connections, replay, growth, freshness, cpu, notes);
            ReportWriter.write(report, options.results());
            log("report written to " + options.results().toAbsolutePath());
            return report;
        } finally {
            if (process != null) {
                log("stopping the standalone process");
                process.close();
            }
        }
    }

    static void requireLoopback(URI target, boolean allowRemote) throws java.net.UnknownHostException {
        if (allowRemote) {
            return;
        }
        for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException(target + " is not on this machine (" + address.getHostAddress()
                        + "); pass --allow-remote to measure it anyway");
            }
        }
    }

    static void log(String message) {
        System.err.println("[" + Instant.now() + "] load " + String.format(java.util.Locale.ROOT, "%.2f", Machine.load())
                + ": " + message);
    }
}
