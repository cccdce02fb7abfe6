package io.lifeline.standalone;

import io.lifeline.standalone.options.InvalidOptions;
import io.lifeline.standalone.options.StandaloneOptions;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * Runs all of Lifeline in this one JVM: {@code java -jar lifeline-standalone.jar --help} lists
 * the options.
 */
public final class LifelineStandalone {

    private LifelineStandalone() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        StandaloneOptions options;
        try {
            options = StandaloneOptions.parse(Arrays.asList(args), env, Path.of(""));
        } catch (InvalidOptions e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(StandaloneOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(StandaloneOptions.USAGE);
            return;
        }
        // Axon prints a framed advertisement at every start; one process, one console, kept readable.
        System.setProperty("disable-axoniq-console-message", "true");
        ShutdownSequence shutdown = new ShutdownSequence();
        // Registered before anything starts, so Ctrl+C during start-up still stops what is running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown.close();
            System.out.println("Lifeline stopped.");
        }, "lifeline-shutdown"));
        try {
            RunningLifeline lifeline = Lifeline.start(options, env, shutdown);
            Duration startup = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
            System.out.println(StartupBanner.render(options, lifeline, startup));
            StartupGarbage.release();
        } catch (Exception e) {
            System.err.println();
            System.err.println("Lifeline could not start: " + rootMessage(e));
            e.printStackTrace();
            System.exit(1); // runs the shutdown hook, which stops whatever had started
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause.getMessage() + ")";
    }
}
