package io.lifeline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.timing.ForwardedFrameTiming;
import io.lifeline.contracts.timing.SendHops;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendHopsReportTest {
    /** Percentiles come from a histogram of 3 significant digits: within a tenth of a millisecond. */
    private static final Offset<Double> MS = Offset.offset(0.1);

    @TempDir
    Path dir;

    @Test
    void printsEachHopsPercentilesAndTheSlowestSendsLargestHop() throws Exception {
        Path file = recorded(() -> {
            for (int i = 0; i < 98; i++) { // fast: 2 + 1 + 2 ms
                SendHops.record("c", i, 0, 2, 3, 5);
            }
            SendHops.record("c", 98, 0, 2, 80, 81); // slow in the publisher's pick-up
            SendHops.record("c", 99, 0, 90, 91, 92); // slow before it was stored
            ForwardedFrameTiming.start("c", 4).finish(1);
        });

        var report = SendHopsReport.read(file, Duration.ZERO, null);

        assertThat(report.percentiles(SendHops.TOTAL).count()).isEqualTo(100);
        assertThat(report.percentiles(SendHops.TOTAL).p50()).isCloseTo(5, MS);
        assertThat(report.percentiles(SendHops.TO_STORED).p50()).isCloseTo(2, MS);
        assertThat(report.percentiles(SendHops.TO_PUBLISHED).max()).isCloseTo(78, MS);
        assertThat(report.percentiles("commandWaited").count()).isEqualTo(1);
        assertThat(report.percentiles("commandWaited").p50()).isCloseTo(4, MS);
        assertThat(report.slowestByHop()).isEqualTo(Map.of(SendHops.TO_STORED, 1, SendHops.TO_PUBLISHED, 1, SendHops.TO_ARRIVED, 0));
        assertThat(report.table()).contains("toPublished").contains("slowest 1 % of sends (total >= 81 ms)");
    }

    @Test
    void countsTheFramesEachFrameSharedItsCommitWith() throws Exception {
        Path file = recorded(() -> {
            ForwardedFrameTiming.start("alone", 1).finish(1);
            for (int i = 0; i < 3; i++) {
                ForwardedFrameTiming.start("together", 1).finish(3);
            }
        });

        assertThat(SendHopsReport.read(file, Duration.ZERO, null).framesPerCommit())
                .isEqualTo("4 forwarded frames; frames in a frame's commit: mean 2.5, p50 3, max 3");
    }

    @Test
    void leavesOutTheWarmUp() throws Exception {
        Path file = recorded(() -> SendHops.record("c", 0, 0, 1, 2, 3));

        assertThat(SendHopsReport.read(file, Duration.ofMinutes(1), null).percentiles(SendHops.TOTAL).count()).isZero();
        assertThat(SendHopsReport.read(file, Duration.ZERO, null).percentiles(SendHops.TOTAL).count()).isEqualTo(1);
    }

    @Test
    void takesOneStepOfASweep() throws Exception {
        Path file = recorded(() -> {
            SendHops.record("c", 0, 0, 1, 2, 3);
            pause();
            SendHops.record("c", 1, 0, 1, 2, 3);
            pause();
            SendHops.record("c", 2, 0, 1, 2, 3);
        });

        assertThat(SendHopsReport.read(file, Duration.ofSeconds(1), Duration.ofSeconds(1)).percentiles(SendHops.TOTAL).count())
                .isEqualTo(1);
        assertThat(SendHopsReport.read(file, Duration.ofSeconds(1), null).percentiles(SendHops.TOTAL).count()).isEqualTo(2);
        assertThat(SendHopsReport.run(List.of(file.toString(), "--skip=1", "--for=1")))
                .as("the command line takes the same window").containsPattern("total +1 ");
        assertThat(SendHopsReport.run(List.of(file.toString(), "--skip=1"))).containsPattern("total +2 ");
    }

    /** A recording of what {@code work} records, as the services' events would be recorded. */
    private Path recorded(Runnable work) throws Exception {
        Path file = Files.createTempFile(dir, "run", ".jfr");
        try (var recording = new Recording()) {
            recording.enable(SendHops.NAME);
            recording.enable(ForwardedFrameTiming.NAME).withThreshold(Duration.ZERO);
            recording.start();
            work.run();
            recording.stop();
            recording.dump(file);
        }
        return file;
    }

    /** Sets two records 1.5 s apart, so a one-second window can take one of them. */
    private static void pause() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
