package io.lifeline.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The highest offered rate whose p99 send-to-delivery stays under the target with no error or loss:
 * up from the best rate of the latency curve by half again each step until one fails, then one
 * bisection between the last good and the first bad rate.
 */
final class RateSearch {
    private RateSearch() {
    }

    static Results.MaxRate search(LatencyBenchmark benchmark, List<Results.LatencyRun> curve, BenchmarkOptions options)
            throws InterruptedException {
        double target = options.p99Target();
        Integer good = null;
        Integer bad = null;
        for (Results.LatencyRun run : curve) {
            if (run.sustainable(target)) {
                good = good == null ? run.offeredRate() : Math.max(good, run.offeredRate());
            } else {
                bad = bad == null ? run.offeredRate() : Math.min(bad, run.offeredRate());
            }
        }
        if (good != null && bad != null && bad < good) {
            good = null; // an easier rate failed: search from the bottom
        }
        List<Results.LatencyRun> steps = new ArrayList<>();
        int rate = good == null ? Math.min(options.rates().isEmpty() ? 100 : options.rates().get(0), options.maxRateLimit())
                : (int) Math.min(good * 1.5, options.maxRateLimit());
        while (bad == null && (good == null || rate > good)) {
            Results.Latency step = step(benchmark, rate, options, steps);
            if (step == Results.Latency.GOOD) {
                good = rate;
                if (rate >= options.maxRateLimit()) {
                    break;
                }
                rate = (int) Math.min(rate * 1.5, options.maxRateLimit());
            } else {
                bad = rate;
            }
        }
        if (good != null && bad != null && bad - good > good / 10) {
            int middle = (good + bad) / 2;
            if (step(benchmark, middle, options, steps) == Results.Latency.GOOD) {
                good = middle;
            } else {
                bad = middle;
            }
        }
        return new Results.MaxRate(target, good, bad, steps);
    }

    private static Results.Latency step(LatencyBenchmark benchmark, int rate, BenchmarkOptions options,
                                        List<Results.LatencyRun> steps) throws InterruptedException {
        Benchmarks.log("max-rate search: " + rate + "/s");
        Results.LatencyRun run = benchmark.run(rate, options.warmup(), options.duration());
        steps.add(run);
        return run.sustainable(options.p99Target()) ? Results.Latency.GOOD : Results.Latency.BAD;
    }
}
