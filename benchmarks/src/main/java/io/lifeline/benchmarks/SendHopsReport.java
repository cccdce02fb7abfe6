package io.lifeline.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.lifeline.contracts.timing.ForwardedFrameTiming;
import io.lifeline.contracts.timing.SendHops;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.HdrHistogram.Histogram;

/**
 * Where the send path's time goes, read from a flight recording of a running Lifeline: the bridge's
 * {@code io.lifeline.SendHops} (one per acknowledged send) and the command side's
 * {@code io.lifeline.ForwardedFrame} (one per forwarded frame). Prints each hop's percentiles and, for
 * the slowest hundredth of the sends, which hop took the most of their time. Recorded with
 * {@code -XX:StartFlightRecording:filename=FILE} on the measured JVM (the peers kit passes
 * {@code LIFELINE_JAVA_OPTS}); the events cost one check each when no recording runs.
 */
final class SendHopsReport {
    /** The bridge's hops of a send, in the order a send passes them (each a field of its event). */
    static final List<String> HOPS = List.of(SendHops.TO_STORED, SendHops.TO_PUBLISHED, SendHops.TO_ARRIVED);
    private static final long HIGHEST_MILLIS = 3_600_000;

    private final Map<String, Histogram> hops = new LinkedHashMap<>();
    private final List<long[]> sends = new ArrayList<>();
    private final Instant from;
    private final Instant to;

    /** Takes the events that ended within [from, to): a warm-up before, another step after, are left out. */
    SendHopsReport(Instant from, Instant to) {
        this.from = from;
        this.to = to;
        for (String hop : List.of(SendHops.TOTAL, SendHops.TO_STORED, "commandWaited", "commandHandled",
                SendHops.TO_PUBLISHED, SendHops.TO_ARRIVED)) {
            hops.put(hop, new Histogram(HIGHEST_MILLIS, 3));
        }
    }

    /** The events ending within {@code length} after the recording's first {@code skip}; a null length takes the rest. */
    static SendHopsReport read(Path recording, Duration skip, Duration length) throws IOException {
        var events = RecordingFile.readAllEvents(recording);
        Instant first = events.stream().map(RecordedEvent::getStartTime).min(Instant::compareTo).orElse(Instant.EPOCH);
        Instant from = first.plus(skip);
        var report = new SendHopsReport(from, length == null ? Instant.MAX : from.plus(length));
        events.forEach(report::add);
        return report;
    }

    void add(RecordedEvent event) {
        if (event.getEndTime().isBefore(from) || !event.getEndTime().isBefore(to)) {
            return;
        }
        switch (event.getEventType().getName()) {
            case SendHops.NAME -> {
                long[] send = new long[HOPS.size() + 1];
                for (int i = 0; i < HOPS.size(); i++) {
                    send[i] = event.getLong(HOPS.get(i));
                    record(HOPS.get(i), send[i]);
                }
                send[HOPS.size()] = event.getLong(SendHops.TOTAL);
                record(SendHops.TOTAL, send[HOPS.size()]);
                sends.add(send);
            }
            case ForwardedFrameTiming.NAME -> {
                record("commandWaited", event.getLong(ForwardedFrameTiming.WAITED));
                record("commandHandled", event.getDuration().toMillis());
            }
            default -> {
            }
        }
    }

    private void record(String hop, long millis) {
        hops.get(hop).recordValue(Math.max(0, Math.min(millis, HIGHEST_MILLIS)));
    }

    /** How many recorded values a hop has. */
    long count(String hop) {
        return hops.get(hop).getTotalCount();
    }

    /** A hop's value at a percentile, in milliseconds. */
    long at(String hop, double percentile) {
        return hops.get(hop).getValueAtPercentile(percentile);
    }

    /** Of the sends whose total is at or above the 99th percentile, how many spent their most time in each hop. */
    Map<String, Integer> slowestByHop() {
        long threshold = at(SendHops.TOTAL, 99);
        Map<String, Integer> counts = new LinkedHashMap<>();
        HOPS.forEach(hop -> counts.put(hop, 0));
        for (long[] send : sends) {
            if (send[HOPS.size()] < threshold) {
                continue;
            }
            int largest = 0;
            for (int i = 1; i < HOPS.size(); i++) {
                if (send[i] > send[largest]) {
                    largest = i;
                }
            }
            counts.merge(HOPS.get(largest), 1, Integer::sum);
        }
        return counts;
    }

    String table() {
        var out = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %7s %7s %7s %7s %7s%n",
                "hop (ms)", "count", "p50", "p90", "p99", "p99.9", "max"));
        hops.forEach((hop, values) -> out.append(String.format(Locale.ROOT, "%-16s %9d %7d %7d %7d %7d %7d%n", hop,
                values.getTotalCount(), values.getValueAtPercentile(50), values.getValueAtPercentile(90),
                values.getValueAtPercentile(99), values.getValueAtPercentile(99.9), values.getMaxValue())));
        out.append("slowest 1 % of sends (total >= ").append(at(SendHops.TOTAL, 99)).append(" ms), by their largest hop: ")
                .append(slowestByHop()).append(System.lineSeparator());
        return out.toString();
    }

    static final String USAGE = """
            Usage: java -jar lifeline-benchmarks.jar hops RECORDING.jfr [--skip=SECONDS] [--for=SECONDS]

            Prints where the send path's time went in a flight recording of the standalone (or of a
            bridge and a command side): each hop's percentiles and the slowest sends' largest hop.
            Record with LIFELINE_JAVA_OPTS=-XX:StartFlightRecording:filename=RECORDING.jfr.
              --skip=SECONDS   leave out the recording's first seconds (the warm-up) [0]
              --for=SECONDS    take this many seconds from there (one step of a sweep) [the rest]
            """;

    static void main(List<String> args) throws IOException {
        if (args.isEmpty() || args.contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        System.out.print(read(Path.of(args.get(0)), seconds(args, "--skip=", Duration.ZERO), seconds(args, "--for=", null)).table());
    }

    private static Duration seconds(List<String> args, String option, Duration otherwise) {
        return args.stream().filter(arg -> arg.startsWith(option))
                .map(arg -> Duration.ofMillis((long) (Double.parseDouble(arg.substring(option.length())) * 1000)))
                .findFirst().orElse(otherwise);
    }
}
