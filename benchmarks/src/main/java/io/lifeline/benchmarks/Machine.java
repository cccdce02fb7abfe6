package io.lifeline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The machine the figures come from, and how busy it is and how much the processes used. */
final class Machine {
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
