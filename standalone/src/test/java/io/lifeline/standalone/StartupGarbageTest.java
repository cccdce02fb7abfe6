package io.lifeline.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In this test's own JVM: a heap grown by garbage is given back, and the collector's bounds are as they were. */
class StartupGarbageTest {

    @Test
    void aHeapGrownByGarbageShrinksAndTheCollectorsBoundsAreRestored() {
        var jvm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String minFree = jvm.getVMOption("MinHeapFreeRatio").getValue();
        String maxFree = jvm.getVMOption("MaxHeapFreeRatio").getValue();
        growTheHeap();
        long grown = committedHeap();

        StartupGarbage.release();

        assertThat(committedHeap()).as("committed heap after the release, against %d bytes before", grown)
                .isLessThan(grown / 2);
        assertThat(jvm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(minFree);
        assertThat(jvm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(maxFree);
    }

    /** About 256 MiB held at once, then let go, as a start-up does. */
    private static void growTheHeap() {
        List<byte[]> held = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            held.add(new byte[1024 * 1024]);
        }
        assertThat(held).hasSize(256);
    }

    private static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }
}
