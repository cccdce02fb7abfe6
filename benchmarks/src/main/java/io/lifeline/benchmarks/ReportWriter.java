package io.lifeline.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The figures as a text table, as {@code results.json}, and as {@code report.html} with an inline SVG chart. */
final class ReportWriter {
    private static final String[] SERIES = {"p50", "p95", "p99", "p99.9", "max"};
    private static final String[] COLOURS = {"#2b8a3e", "#1971c2", "#e8590c", "#c2255c", "#495057"};

    private ReportWriter() {
    }

    static String table(Results.Report report) {
        StringBuilder out = new StringBuilder();
        if (!report.latency().isEmpty()) {
            out.append("Send-to-delivery latency by offered rate (ms, from the scheduled send time)\n");
            out.append(String.format(Locale.ROOT, "%8s %9s %7s %7s %7s %7s %8s %8s %7s %6s %5s %6s %6s %8s%n", "rate/s",
                    "achieved", "p50", "p95", "p99", "p99.9", "max", "ack p99", "sent", "errors", "lost",
                    "load", "genCPU", "sysCPU"));
            for (Results.LatencyRun run : report.latency()) {
                out.append(row(run));
            }
        }
        if (report.idle() != null) {
            var i = report.idle();
            out.append(String.format(Locale.ROOT,
                    "%nIdle: started in %s s; after %d s alone, over %.0f s: JVM %.2f %% of a core, PostgreSQL %.2f %%; "
                            + "resident %s (load %.2f -> %.2f)%n",
                    i.startupSeconds(), i.settledSeconds(), i.seconds(), i.jvmCpuPercent(), i.postgresCpuPercent(),
                    mib(i.rssBytes()), i.loadBefore(), i.loadAfter()));
        }
        if (report.maxRate() != null) {
            out.append(String.format(Locale.ROOT, "%nHighest sustainable rate (p99 <= %.0f ms, no errors): %s/s%n",
                    report.maxRate().p99TargetMs(), report.maxRate().sustainableRate() == null ? "none"
                            : report.maxRate().sustainableRate()));
            for (Results.LatencyRun run : report.maxRate().steps()) {
                out.append(row(run));
            }
        }
        if (report.connections() != null) {
            var c = report.connections();
            out.append(String.format(Locale.ROOT,
                    "%nIdle connections to %s: %d of %d open in %.1f s; heap %s -> %s (%s per connection); RSS %s -> %s (%s per connection); load %.2f%s%n",
                    c.connectedTo(), c.opened(), c.requested(), c.secondsToOpen(), mib(c.heapBeforeBytes()), mib(c.heapAfterBytes()),
                    kib(c.heapPerConnectionBytes()), mib(c.rssBeforeBytes()), mib(c.rssAfterBytes()),
                    kib(c.rssPerConnectionBytes()), c.load(),
                    c.stoppedBecause() == null ? "" : "; stopped: " + c.stoppedBecause()));
        }
        if (report.growth() != null) {
            var g = report.growth();
            out.append(String.format(Locale.ROOT,
                    "%nSend (REST) to a %d-message conversation: p50 %.2f ms, p99 %.2f ms; to a %d-message one: p50 %.2f ms, p99 %.2f ms (x%.2f); load %.2f%n",
                    g.shortConversationMessages(), g.sendToShort().p50(), g.sendToShort().p99(),
                    g.longConversationMessages(), g.sendToLong().p50(), g.sendToLong().p99(), g.longVersusShort(), g.sendsLoad()));
            out.append(String.format(Locale.ROOT,
                    "Inbox page with %d conversations: p50 %.2f ms, p99 %.2f ms (load %.2f); with %d: p50 %.2f ms, p99 %.2f ms (load %.2f) (x%.2f)%n",
                    g.smallInboxConversations(), g.smallInbox().p50(), g.smallInbox().p99(), g.smallInboxLoad(),
                    g.bigInboxConversations(), g.bigInbox().p50(), g.bigInbox().p99(), g.bigInboxLoad(), g.bigVersusSmall()));
        }
        if (report.freshness() != null) {
            var f = report.freshness();
            out.append(String.format(Locale.ROOT,
                    "%nFrom a message's acknowledgement to the inbox projection showing it (%d messages): p50 %.2f ms, "
                            + "p95 %.2f ms, p99 %.2f ms, max %.2f ms (load %.2f -> %.2f)%n",
                    f.lag().count(), f.lag().p50(), f.lag().p95(), f.lag().p99(), f.lag().max(), f.loadBefore(),
                    f.loadAfter()));
        }
        if (report.replay() != null) {
            var r = report.replay();
            out.append(String.format(Locale.ROOT,
                    "%nRebuild of every projection from %d events: %.1f s, %.0f events/s (load %.2f -> %.2f); generated %d events in %.1f s%n",
                    r.events(), r.seconds(), r.eventsPerSecond(), r.loadBefore(), r.loadAfter(), r.generatedEvents(),
                    r.generationSeconds()));
            r.processorEventsPerSecond().forEach((name, speed) ->
                    out.append(String.format(Locale.ROOT, "  %-14s %.0f events/s%n", name, speed)));
            out.append("Each projection rebuilt alone, one after another:\n");
            r.aloneEventsPerSecond().forEach((name, speed) ->
                    out.append(String.format(Locale.ROOT, "  %-14s %.0f events/s%n", name, speed)));
        }
        var cpu = report.cpu();
        out.append(String.format(Locale.ROOT, "%nCPU over %.0f s: load generator %.1f s, system %s%n", cpu.wallSeconds(),
                cpu.generatorCpuSeconds(), cpu.systemCpuSeconds() == null ? "not measured"
                        : String.format(Locale.ROOT, "%.1f s", cpu.systemCpuSeconds())));
        report.notes().forEach(note -> out.append("Note: ").append(note).append('\n'));
        return out.toString();
    }

    private static String row(Results.LatencyRun run) {
        return String.format(Locale.ROOT, "%8d %9.1f %7.2f %7.2f %7.2f %7.2f %8.2f %8.2f %7d %6d %5d %6.2f %5.0f%% %7s%n",
                run.offeredRate(), run.achievedRate(), run.delivery().p50(), run.delivery().p95(), run.delivery().p99(),
                run.delivery().p999(), run.delivery().max(), run.ack().p99(), run.sent(), run.errors(), run.lost(),
                run.loadAfter(), run.generatorCpuPercent(),
                run.systemCpuPercent() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", run.systemCpuPercent()));
    }

    static void write(Results.Report report, Path directory) throws IOException {
        Files.createDirectories(directory);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(directory.resolve("results.json"), json.writeValueAsString(report));
        String table = table(report);
        Files.writeString(directory.resolve("results.txt"), table);
        Files.writeString(directory.resolve("report.html"), html(report, table));
    }

    private static String html(Results.Report report, String table) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Lifeline benchmarks</title>
                <style>body{font-family:sans-serif;margin:2em}pre{background:#f4f4f4;padding:1em}</style></head>
                <body><h1>Lifeline benchmarks</h1>
                <p>%s &middot; %s, %d cores, %d MiB &middot; %s</p>
                <p><code>%s</code></p>
                <h2>Send-to-delivery latency by offered rate</h2>
                %s
                <h2>Figures</h2>
                <pre>%s</pre>
                </body></html>
                """.formatted(escape(report.started()), escape(report.machine().cpu()), report.machine().cores(),
                report.machine().memoryBytes() / (1024 * 1024), escape(report.machine().jdk()), escape(report.command()),
                chart(report.latency()), escape(table));
    }

    /** Percentiles (log scale, ms) against offered rate: one line per percentile. */
    static String chart(List<Results.LatencyRun> runs) {
        int width = 720;
        int height = 360;
        int left = 60;
        int right = 120;
        int top = 20;
        int bottom = 50;
        StringBuilder svg = new StringBuilder().append(String.format(Locale.ROOT,
                "<svg id=\"latency-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                width, height, width, height));
        if (runs.isEmpty()) {
            return svg.append("<text x=\"20\" y=\"40\">no latency runs</text></svg>").toString();
        }
        double max = runs.stream().mapToDouble(run -> run.delivery().max()).max().orElse(1);
        double lowest = 0.1;
        double decades = Math.max(1, Math.ceil(Math.log10(Math.max(max, 1) / lowest)));
        int plotWidth = width - left - right;
        int plotHeight = height - top - bottom;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                left, top, plotWidth, plotHeight));
        for (int d = 0; d <= decades; d++) {
            double y = top + plotHeight - plotHeight * d / decades;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">%s ms</text>%n",
                    left, left + plotWidth, y, y, left - 4, y + 4, trim(lowest * Math.pow(10, d))));
        }
        for (int i = 0; i < runs.size(); i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d/s</text>%n",
                    x(i, runs.size(), left, plotWidth), top + plotHeight + 16, runs.get(i).offeredRate()));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">offered rate</text>%n",
                left + plotWidth / 2, height - 8));
        for (int s = 0; s < SERIES.length; s++) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < runs.size(); i++) {
                double value = value(runs.get(i).delivery(), s);
                double y = top + plotHeight - plotHeight * Math.log10(Math.max(value, lowest) / lowest) / decades;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, runs.size(), left, plotWidth), y));
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s %d/s: %.2f ms</title></circle>%n",
                        x(i, runs.size(), left, plotWidth), y, COLOURS[s], SERIES[s], runs.get(i).offeredRate(), value));
            }
            svg.append(String.format(Locale.ROOT, "<polyline class=\"series\" data-series=\"%s\" points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                    SERIES[s], points.toString().trim(), COLOURS[s]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>%n",
                    left + plotWidth + 10, top + 16 + 18 * s, COLOURS[s], SERIES[s]));
        }
        return svg.append("</svg>").toString();
    }

    private static double x(int i, int count, int left, int plotWidth) {
        return count == 1 ? left + plotWidth / 2.0 : left + 20 + (plotWidth - 40) * i / (double) (count - 1);
    }

    private static double value(Results.Percentiles p, int series) {
        return switch (series) {
            case 0 -> p.p50();
            case 1 -> p.p95();
            case 2 -> p.p99();
            case 3 -> p.p999();
            default -> p.max();
        };
    }

    private static String trim(double value) {
        return value < 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String mib(Long bytes) {
        return bytes == null ? "-" : String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }

    private static String kib(Double bytes) {
        return bytes == null ? "-" : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
