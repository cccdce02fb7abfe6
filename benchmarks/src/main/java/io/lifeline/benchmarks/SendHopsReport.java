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
    private static final long HIGHEST_MICROS = HIGHEST_MILLIS * 1000;

    private final Map<String, Histogram> hops = new LinkedHashMap<>();
    private final List<Send> sends = new ArrayList<>();
    /** For each forwarded frame, how many frames its commit stored (1: carried out alone). */
    private final Histogram framesInCommit = new Histogram(100_000, 3);
    private final Instant from;
    private final Instant to;

    /** Takes the events that ended within [from, to): a warm-up before, another step after, are left out. */
    SendHopsReport(Instant from, Instant to) {
        this.from = from;
        this.to = to;
        for (String hop : List.of(SendHops.TOTAL, SendHops.TO_STORED, "commandWaited", "commandHandled",
                SendHops.TO_PUBLISHED, SendHops.TO_ARRIVED)) {
            hops.put(hop, new Histogram(HIGHEST_MICROS, 3));
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
                var send = new Send(event.getLong(SendHops.TO_STORED), event.getLong(SendHops.TO_PUBLISHED),
                        event.getLong(SendHops.TO_ARRIVED), event.getLong(SendHops.TOTAL));
                record(SendHops.TO_STORED, send.toStored());
                record(SendHops.TO_PUBLISHED, send.toPublished());
                record(SendHops.TO_ARRIVED, send.toArrived());
                record(SendHops.TOTAL, send.total());
                sends.add(send);
            }
            case ForwardedFrameTiming.NAME -> {
                record("commandWaited", event.getLong(ForwardedFrameTiming.WAITED));
                record("commandHandled", event.getDuration().toMillis());
                if (event.hasField(ForwardedFrameTiming.FRAMES_IN_COMMIT)) { // recordings before 2026-12-06 lack it
                    framesInCommit.recordValue(Math.max(1, event.getInt(ForwardedFrameTiming.FRAMES_IN_COMMIT)));
                }
            }
            default -> {
            }
        }
    }

    /** One send's hops and total, in milliseconds. */
    private record Send(long toStored, long toPublished, long toArrived, long total) {
        /** The hop this send spent the most time in (the earlier one on a tie). */
        String largestHop() {
            if (toStored >= toPublished && toStored >= toArrived) {
                return SendHops.TO_STORED;
            }
            return toPublished >= toArrived ? SendHops.TO_PUBLISHED : SendHops.TO_ARRIVED;
        }
    }

    /** Kept in microseconds, as the benchmarks' other histograms, so {@link Results.Percentiles} reads them. */
    private void record(String hop, long millis) {
        hops.get(hop).recordValue(Math.max(0, Math.min(millis, HIGHEST_MILLIS)) * 1000);
    }

    /** A hop's count and percentiles, in milliseconds. */
    Results.Percentiles percentiles(String hop) {
        return Results.Percentiles.of(hops.get(hop));
    }

    /** How many frames each forwarded frame shared its commit with, itself included: mean, median, largest. */
    String framesPerCommit() {
        if (framesInCommit.getTotalCount() == 0) {
            return "no forwarded frames with their commit's size";
        }
        return String.format(Locale.ROOT, "%d forwarded frames; frames in a frame's commit: mean %.1f, p50 %d, max %d",
                framesInCommit.getTotalCount(), framesInCommit.getMean(), framesInCommit.getValueAtPercentile(50),
                framesInCommit.getMaxValue());
    }

    /** Of the sends whose total is at or above the 99th percentile, how many spent their most time in each hop. */
    Map<String, Integer> slowestByHop() {
        Histogram totals = hops.get(SendHops.TOTAL);
        long threshold = totals.lowestEquivalentValue(totals.getValueAtPercentile(99)); // micros, as recorded
        Map<String, Integer> counts = new LinkedHashMap<>();
        HOPS.forEach(hop -> counts.put(hop, 0));
        sends.stream().filter(send -> send.total() * 1000 >= threshold)
                .forEach(send -> counts.merge(send.largestHop(), 1, Integer::sum));
        return counts;
    }

    String table() {
        var out = new StringBuilder(String.format(Locale.ROOT, "%-16s %9s %7s %7s %7s %7s %7s%n",
                "hop (ms)", "count", "p50", "p95", "p99", "p99.9", "max"));
        hops.keySet().forEach(hop -> {
            var values = percentiles(hop);
            out.append(String.format(Locale.ROOT, "%-16s %9d %7.0f %7.0f %7.0f %7.0f %7.0f%n", hop, values.count(),
                    values.p50(), values.p95(), values.p99(), values.p999(), values.max()));
        });
        out.append(String.format(Locale.ROOT, "slowest 1 %% of sends (total >= %.0f ms), by their largest hop: ",
                percentiles(SendHops.TOTAL).p99())).append(slowestByHop()).append(System.lineSeparator());
        out.append(framesPerCommit()).append(System.lineSeparator());
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
        System.out.print(run(args));
    }

    /** What {@code hops} prints for these arguments. */
    static String run(List<String> args) throws IOException {
        if (args.isEmpty() || args.contains("--help")) {
            return USAGE;
        }
        return read(Path.of(args.get(0)), seconds(args, "--skip=", Duration.ZERO), seconds(args, "--for=", null)).table();
    }

    private static Duration seconds(List<String> args, String option, Duration otherwise) {
        return args.stream().filter(arg -> arg.startsWith(option))
                .map(arg -> Duration.ofMillis((long) (Double.parseDouble(arg.substring(option.length())) * 1000)))
                .findFirst().orElse(otherwise);
    }
}
