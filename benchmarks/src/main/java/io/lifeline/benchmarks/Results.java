package io.lifeline.benchmarks;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/** What a run measured, as written to JSON; times in milliseconds, loads as the 1-minute load average. */
final class Results {
    private Results() {
    }

    record Report(String started, Machine machine, String command, Idle idle, List<LatencyRun> latency,
                  MaxRate maxRate, Connections connections, Replay replay, Growth growth, Freshness freshness, Cpu cpu,
                  List<String> notes) {}

    /**
     * The standalone this tool started, left alone: {@code startupSeconds} as its banner reports it, then CPU
     * (share of one core) and resident memory measured over {@code seconds} after {@code settledSeconds} alone.
     */
    record Idle(Double startupSeconds, long settledSeconds, double seconds, double jvmCpuPercent,
                double postgresCpuPercent, Long rssBytes, double loadBefore, double loadAfter) {}

    record Machine(String cpu, int cores, long memoryBytes, String jdk, String os) {}

    record Percentiles(long count, double p50, double p95, double p99, double p999, double max) {
        /** From a histogram recorded in microseconds. */
        static Percentiles of(Histogram micros) {
            return new Percentiles(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)),
                    ms(micros.getValueAtPercentile(95)), ms(micros.getValueAtPercentile(99)),
                    ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()));
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    /**
     * One offered rate held for a fixed time: {@code delivery} is send-to-delivery at the staff member,
     * {@code ack} send-to-acknowledgement at the device, both from each message's scheduled send time.
     */
    record LatencyRun(int offeredRate, double seconds, double achievedRate, long sent, long delivered,
                      long errors, long lost, Percentiles delivery, Percentiles ack, double loadBefore,
                      double loadAfter, double generatorCpuPercent, Double systemCpuPercent) {
        boolean sustainable(double p99TargetMs) {
            return errors == 0 && lost == 0 && delivery.p99() <= p99TargetMs;
        }
    }

    record MaxRate(double p99TargetMs, Integer sustainableRate, Integer firstFailingRate, List<LatencyRun> steps) {}

    /**
     * @param connectedTo where the connections went: a started standalone's bridge directly, else the client address
     */
    record Connections(int requested, int opened, String stoppedBecause, double secondsToOpen, Long heapBeforeBytes,
                       Long heapAfterBytes, Double heapPerConnectionBytes, Long rssBeforeBytes, Long rssAfterBytes,
                       Double rssPerConnectionBytes, String connectedTo, String measuredIn, double load) {}

    /**
     * @param processorEventsPerSecond each processor's speed as it reported it while all rebuilt at once
     * @param aloneEventsPerSecond     each processor rebuilt on its own, one after another: events in the store /
     *                                 wall time from its rebuild call until it is back at the head
     */
    record Replay(long events, double seconds, double eventsPerSecond, Map<String, Double> processorEventsPerSecond,
                  Map<String, Double> aloneEventsPerSecond, long generatedEvents, double generationSeconds, String kafkaPublisher, double loadBefore,
                  double loadAfter) {}

    record Growth(int shortConversationMessages, Percentiles sendToShort, int longConversationMessages,
                  Percentiles sendToLong, double longVersusShort, int smallInboxConversations, Percentiles smallInbox,
                  long bigInboxConversations, Percentiles bigInbox, double bigVersusSmall,
                  double sendsLoad, double smallInboxLoad, double bigInboxLoad) {}

    /** From a message's acknowledgement until the inbox projection shows it, one message at a time. */
    record Freshness(Percentiles lag, double loadBefore, double loadAfter) {}

    enum Latency { GOOD, BAD }

    record Cpu(double generatorCpuSeconds, Double systemCpuSeconds, double wallSeconds) {}
}
