package io.lifeline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.timing.ForwardedFrameTiming;
import io.lifeline.contracts.timing.SendHops;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendHopsReportTest {
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
            ForwardedFrameTiming.start("c", 4).finish();
        });

        var report = SendHopsReport.read(file, Duration.ZERO, null);

        assertThat(report.count(SendHops.TOTAL)).isEqualTo(100);
        assertThat(report.at(SendHops.TOTAL, 50)).isEqualTo(5);
        assertThat(report.at(SendHops.TO_STORED, 50)).isEqualTo(2);
        assertThat(report.at(SendHops.TO_PUBLISHED, 100)).isEqualTo(78);
        assertThat(report.count("commandWaited")).isEqualTo(1);
        assertThat(report.at("commandWaited", 50)).isEqualTo(4);
        assertThat(report.slowestByHop()).isEqualTo(Map.of(SendHops.TO_STORED, 1, SendHops.TO_PUBLISHED, 1, SendHops.TO_ARRIVED, 0));
        assertThat(report.table()).contains("toPublished").contains("slowest 1 % of sends (total >= 81 ms)");
    }

    @Test
    void leavesOutTheWarmUp() throws Exception {
        Path file = recorded(() -> SendHops.record("c", 0, 0, 1, 2, 3));

        assertThat(SendHopsReport.read(file, Duration.ofMinutes(1), null).count(SendHops.TOTAL)).isZero();
        assertThat(SendHopsReport.read(file, Duration.ZERO, null).count(SendHops.TOTAL)).isEqualTo(1);
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

        assertThat(SendHopsReport.read(file, Duration.ofSeconds(1), Duration.ofSeconds(1)).count(SendHops.TOTAL)).isEqualTo(1);
        assertThat(SendHopsReport.read(file, Duration.ofSeconds(1), null).count(SendHops.TOTAL)).isEqualTo(2);
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
