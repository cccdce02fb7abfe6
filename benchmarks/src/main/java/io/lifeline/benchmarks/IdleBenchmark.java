package io.lifeline.benchmarks;

import java.io.IOException;
import java.time.Duration;

/**
 * The standalone started by this tool, left alone: how long it took to start (its own banner), then,
 * after it has been left alone for a while, what it costs when nobody uses it: the CPU its JVM and
 * its PostgreSQL (server and every backend) use over a window, and its resident memory.
 */
final class IdleBenchmark {
    private IdleBenchmark() {
    }

    /** Leaves the system alone for {@code window}, then measures it over another {@code window}. */
    static Results.Idle run(StandaloneProcess process, Duration window) throws IOException, InterruptedException {
        Thread.sleep(window.toMillis());
        double loadBefore = Machine.load();
        Duration jvmBefore = process.cpuTime();
        Duration postgresBefore = process.postgresCpuTime();
        long start = System.nanoTime();
        Thread.sleep(window.toMillis());
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvmPercent = percentOfACore(process.cpuTime().minus(jvmBefore), seconds);
        double postgresPercent = percentOfACore(process.postgresCpuTime().minus(postgresBefore), seconds);
        return new Results.Idle(process.startupSeconds(), window.toSeconds(), seconds, jvmPercent, postgresPercent,
                Machine.rss(process.pid()), loadBefore, Machine.load());
    }

    private static double percentOfACore(Duration cpu, double seconds) {
        return cpu.toNanos() / 1e9 / seconds * 100;
    }
}
