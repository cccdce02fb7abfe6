package io.lifeline.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What one benchmark run does and against what.
 *
 * @param start          launch the standalone jar as a separate process on a free port with a fresh data dir
 * @param standaloneJar  the jar {@code --start} launches
 * @param target         the system's client address when it is not started here
 * @param dbUrl          the event store's JDBC URL when it is not started here (replay and growth need it)
 * @param dbUser         the database user
 * @param adminPassword  the admin password when it is not started here
 * @param allowRemote    measure a target that is not on this machine
 * @param rates          the offered rates of the latency curve, messages per second
 * @param duration       how long each rate is offered (after the warm-up)
 * @param warmup         how long each rate is offered before recording
 * @param prime          how long 20 messages/s (or the lowest rate, if lower) are offered, unrecorded, before the curve: a fresh JVM
 *                       runs interpreted code at first, and a backlog built then would count against
 *                       every later rate
 * @param conversations  conversations (one device each) the messages are spread over
 * @param receipts       the staff member takes part in every conversation and answers each message
 *                       with a {@code delivered} and a {@code read} frame, as a person's client does
 * @param p99Target      the p99 send-to-delivery a sustainable rate must stay under
 * @param maxRateLimit   the highest rate the search tries
 * @param connections    idle WebSocket connections to open
 * @param replayEvents   events the replay measurement rebuilds from
 * @param longConversation messages in the long conversation of the growth measurement
 * @param manyConversations conversations in the big inbox of the growth measurement
 * @param samples        requests timed per figure of the growth measurement
 * @param idle           with --start: how long the started system is left alone, then measured alone
 * @param settle         before each timed figure of growth and replay: the longest wait for the machine to be quiet
 * @param skip           measurements left out: idle, latency, maxrate, freshness, connections, replay, growth
 * @param replayOnly     the projections the replay measurement rebuilds; empty for all of them
 * @param results        where the report goes
 */
record BenchmarkOptions(boolean start, Path standaloneJar, URI target, String dbUrl, String dbUser,
                        String adminPassword, boolean allowRemote, List<Integer> rates, Duration duration,
                        Duration warmup, Duration prime, int conversations, boolean receipts, double p99Target, int maxRateLimit, int connections,
                        int replayEvents, int longConversation, int manyConversations, int samples, Duration idle, Duration settle, List<String> skip, List<String> replayOnly,
                        Path results) {

    static final String USAGE = """
            Usage: java -jar lifeline-benchmarks.jar [options]
                   java -jar lifeline-benchmarks.jar hops RECORDING.jfr [--skip=SECONDS] [--for=SECONDS]
                     (where the sends' time went in a flight recording; hops --help)

            Measures a running Lifeline end to end (only on this machine unless --allow-remote):
            start time and the cost of a system nobody uses (with --start), send-to-delivery latency
            at fixed offered rates, the highest sustainable rate, idle connections per bridge, how soon a stored message is read back from a projection,
            projection rebuild speed, and cost growth with history.

              --start                 launch standalone/target/lifeline-standalone.jar on a free port with a
                                      fresh data dir, and stop it at the end
              --standalone-jar=PATH   the jar --start launches
              --target=URL            a running system's client address [http://localhost:8080]
              --db-url=JDBC           its event store, for replay and growth [from --start]
              --db-user=NAME          [postgres]
              --admin-password=PW     its admin password [env LIFELINE_ADMIN_PASSWORD; from --start]
              --allow-remote          allow a target that is not a loopback address
              --rates=100,500,...     offered rates of the latency curve, messages/s [100,500,1000,2000]
              --duration=SECONDS      recorded time per rate [30]
              --warmup=SECONDS        unrecorded time before each rate [5]
              --prime=SECONDS         unrecorded time at 20/s before the curve, for the JIT [90]
              --conversations=N       conversations the messages are spread over [200]
              --receipts              the receiving staff member joins every conversation and sends
                                      delivered and read for each message it receives [off]
              --p99-target=MS         p99 a sustainable rate stays under [50]
              --max-rate-limit=N      the highest rate the search tries [8000]
              --connections=N         idle WebSocket connections to open [10000]
              --replay-events=N       events generated for the rebuild [1000000]
              --replay-only=a,b       rebuild only these projections (processor names) [all]
              --long-conversation=N   messages in the long conversation [100000]
              --many-conversations=N  conversations in the big inbox [1000000]
              --samples=N             requests timed per growth figure, and messages read back
                                      by the freshness measurement [200]
              --idle=SECONDS          with --start: the started system is left alone this long, then its
                                      CPU and memory are measured over as long again [60]
              --settle=SECONDS        growth and replay: before each timed figure, wait up to this long
                                      for the 1-minute load to fall under 0.5 (catching up leaves it
                                      high) [300]
              --skip=a,b              leave out: idle, latency, maxrate, freshness, connections, replay, growth
              --results=DIR           where the table, JSON and HTML go [benchmark-results]
              --smoke                 a run of seconds that checks the instrument, not the system
              --help
            """;

    static BenchmarkOptions parse(String[] args) {
        boolean start = false;
        Path jar = Path.of("standalone/target/lifeline-standalone.jar");
        URI target = URI.create("http://localhost:8080");
        String dbUrl = null;
        String dbUser = "postgres";
        String password = System.getenv("LIFELINE_ADMIN_PASSWORD");
        boolean allowRemote = false;
        List<Integer> rates = List.of(100, 500, 1000, 2000);
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(5);
        Duration prime = Duration.ofSeconds(90);
        int conversations = 200;
        boolean receipts = false;
        double p99 = 50;
        int maxRate = 8000;
        int connections = 10_000;
        int replay = 1_000_000;
        int longConversation = 100_000;
        int many = 1_000_000;
        int samples = 200;
        Duration idle = Duration.ofSeconds(60);
        Duration settle = Duration.ofSeconds(300);
        List<String> skip = new ArrayList<>();
        List<String> replayOnly = List.of();
        Path results = Path.of("benchmark-results");
        if (List.of(args).contains("--smoke")) {
            rates = List.of(20, 50);
            duration = Duration.ofSeconds(3);
            warmup = Duration.ofSeconds(1);
            prime = Duration.ofSeconds(2);
            conversations = 5;
            maxRate = 100;
            connections = 50;
            replay = 2_000;
            longConversation = 300;
            many = 1_000;
            samples = 20;
            idle = Duration.ofSeconds(2);
            settle = Duration.ZERO;
        }
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--start" -> start = true;
                case "--standalone-jar" -> jar = Path.of(value);
                case "--target" -> target = URI.create(value);
                case "--db-url" -> dbUrl = value;
                case "--db-user" -> dbUser = value;
                case "--admin-password" -> password = value;
                case "--allow-remote" -> allowRemote = true;
                case "--rates" -> rates = List.of(value.split(",")).stream().map(String::trim).map(Integer::valueOf).toList();
                case "--duration" -> duration = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                case "--warmup" -> warmup = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                case "--prime" -> prime = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                case "--conversations" -> conversations = Integer.parseInt(value);
                case "--receipts" -> receipts = true;
                case "--p99-target" -> p99 = Double.parseDouble(value);
                case "--max-rate-limit" -> maxRate = Integer.parseInt(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--replay-events" -> replay = Integer.parseInt(value);
                case "--long-conversation" -> longConversation = Integer.parseInt(value);
                case "--many-conversations" -> many = Integer.parseInt(value);
                case "--samples" -> samples = Integer.parseInt(value);
                case "--idle" -> idle = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                case "--settle" -> settle = Duration.ofSeconds(Long.parseLong(value));
                case "--skip" -> skip = List.of(value.split(","));
                case "--replay-only" -> replayOnly = List.of(value.split(",")).stream().map(String::trim).toList();
                case "--results" -> results = Path.of(value);
                case "--smoke" -> {
                    // applied before the other flags, which may override it
                }
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n\n" + USAGE);
            }
        }
        return new BenchmarkOptions(start, jar, target, dbUrl, dbUser, password, allowRemote, rates, duration, warmup,
                prime, conversations, receipts, p99, maxRate, connections, replay, longConversation, many, samples, idle, settle, skip, replayOnly, results);
    }

    boolean runs(String measurement) {
        return !skip.contains(measurement);
    }

    /** Whether the replay measurement rebuilds this projection. */
    boolean rebuilds(String processor) {
        return replayOnly.isEmpty() || replayOnly.contains(processor);
    }
}
