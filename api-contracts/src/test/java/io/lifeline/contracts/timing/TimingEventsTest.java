package io.lifeline.contracts.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimingEventsTest {
    @TempDir
    Path dir;

    @Test
    void aSendsHopsAreTheDifferencesBetweenItsTimes() throws Exception {
        var events = recorded(SendHops.NAME, () -> SendHops.record("c-1", 7, 1_000, 1_012, 1_015, 1_040));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getString("conversation")).isEqualTo("c-1");
            assertThat(event.getLong("sequence")).isEqualTo(7);
            assertThat(event.getLong(SendHops.TO_STORED)).isEqualTo(12);
            assertThat(event.getLong(SendHops.TO_PUBLISHED)).isEqualTo(3);
            assertThat(event.getLong(SendHops.TO_ARRIVED)).isEqualTo(25);
            assertThat(event.getLong(SendHops.TOTAL)).isEqualTo(40);
        });
    }

    @Test
    void aForwardedFramesHandlingIsTheEventsDurationBesideItsWait() throws Exception {
        var events = recorded(ForwardedFrameTiming.NAME, () -> {
            var timing = ForwardedFrameTiming.start("c-2", 9);
            sleep(Duration.ofMillis(30));
            timing.finish(3);
        });

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getString("conversation")).isEqualTo("c-2");
            assertThat(event.getLong(ForwardedFrameTiming.WAITED)).isEqualTo(9);
            assertThat(event.getInt(ForwardedFrameTiming.FRAMES_IN_COMMIT)).isEqualTo(3);
            assertThat(event.getDuration()).isGreaterThanOrEqualTo(Duration.ofMillis(30));
        });
    }

    private List<RecordedEvent> recorded(String enabled, Runnable work) throws Exception {
        Path file = dir.resolve("recording.jfr");
        try (var recording = new Recording()) {
            // Lifeline's events are on in every recording unless its settings say otherwise.
            recording.disable(SendHops.NAME);
            recording.disable(ForwardedFrameTiming.NAME);
            recording.enable(enabled).withThreshold(Duration.ZERO);
            recording.start();
            work.run();
            recording.stop();
            recording.dump(file);
        }
        return RecordingFile.readAllEvents(file).stream()
                .filter(event -> event.getEventType().getName().startsWith("io.lifeline."))
                .toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
