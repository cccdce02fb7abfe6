package io.lifeline.standalone;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Hands the heap that start-up filled with garbage back to the operating system. Starting four
 * applications, PostgreSQL and Kafka grows the heap to two or three times what stays live, and the
 * collector keeps what it has grown to (it gives memory back only after a full collection, and only
 * down to where 70 % of the heap is free). One full collection once everything runs, with the heap
 * allowed to shrink until 30 % is free, then the collector's usual bounds again: the heap grows
 * back as load needs it. Nothing happens where the JVM does not let these settings change.
 */
final class StartupGarbage {
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";

    private StartupGarbage() {
    }

    static void release() {
        HotSpotDiagnosticMXBean jvm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (jvm == null) {
            return;
        }
        String minFree;
        String maxFree;
        try {
            minFree = jvm.getVMOption(MIN_FREE).getValue();
            maxFree = jvm.getVMOption(MAX_FREE).getValue();
            jvm.setVMOption(MIN_FREE, "10"); // lowered first: the minimum may not exceed the maximum
            jvm.setVMOption(MAX_FREE, "30");
        } catch (IllegalArgumentException notManageable) {
            return;
        }
        try {
            System.gc();
        } finally {
            jvm.setVMOption(MAX_FREE, maxFree); // raised first, for the same reason
            jvm.setVMOption(MIN_FREE, minFree);
        }
    }
}
