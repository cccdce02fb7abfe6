package io.lifeline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The machine the figures come from, and how busy it is and how much the processes used. */
final class Machine {
    /** The 1-minute load average a figure is timed under, when the machine lets it. */
    static final double QUIET = 0.5;

    private Machine() {
    }

    static Results.Machine describe() {
        String cpu = "unknown";
        long memory = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).trim()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).orElse(0L);
        } catch (IOException | RuntimeException notLinux) {
            // described as unknown
        }
        return new Results.Machine(cpu, Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    /** The 1-minute load average, or -1 where the system does not tell. */
    static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * Waits, up to {@code longest}, until the 1-minute load average is under {@link #QUIET}: work just
     * finished (a catch-up, a rebuild) keeps it high for minutes, and a figure timed then is not a quiet
     * machine's. Returns the load when it stopped waiting, which goes beside the figure either way.
     */
    static double awaitQuiet(Duration longest) throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        double load = load();
        if (load >= QUIET && !longest.isZero()) {
            Benchmarks.log("waiting up to " + longest.toSeconds() + " s for the load to fall under " + QUIET);
        }
        while (load >= QUIET && System.nanoTime() < deadline) {
            Thread.sleep(Math.min(5_000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            load = load();
        }
        return load;
    }

    /** This JVM's CPU time: the load generator's own cost. */
    static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** A process's resident memory from /proc, or null. */
    static Long rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.startsWith("VmRSS"))
                    .findFirst().map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).orElse(null);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    /** A JVM's heap in use after a full collection, through jcmd; null when jcmd is missing or fails. */
    static Long heapAfterGc(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return null;
        }
        try {
            run(jcmd.toString(), Long.toString(pid), "GC.run");
            String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
            var matcher = java.util.regex.Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
            return matcher.find() ? Long.parseLong(matcher.group(2)) * 1024 : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }
}
