package io.lifeline.support.storedevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

/** How a pass over the stored events reads them batch after batch, and where it ends. */
class StoredEventBatchesTest {
    /** The global indexes stored so far (1, 2, ...); a read returns at most {@code BATCH} after a token. */
    private static final int BATCH = 3;
    private long stored;
    private final List<Long> readsAfter = new ArrayList<>();

    @Test
    void fullBatchesAreFollowedByTheNextAndAShortOneEndsThePass() {
        stored = 7;

        List<Long> read = StoredEventBatches.after(null, BATCH, this::fetch).map(StoredEventBatchesTest::index).toList();

        assertThat(read).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(readsAfter).as("each read after the last event of the one before; none after the short batch")
                .containsExactly(0L, 3L, 6L);
    }

    @Test
    void aPassThatEndsOnAFullBatchEndsWithAnEmptyRead() {
        stored = 6;

        assertThat(StoredEventBatches.after(token(0), BATCH, this::fetch).count()).isEqualTo(6);
        assertThat(readsAfter).containsExactly(0L, 3L, 6L);
    }

    @Test
    void nothingStoredReadsOnce() {
        assertThat(StoredEventBatches.after(token(0), BATCH, this::fetch).count()).isZero();
        assertThat(readsAfter).containsExactly(0L);
    }

    @Test
    void askedAgainAfterAPassTheStreamReadsOnFromItsLastEvent() {
        stored = 2;
        Iterator<TrackedEventData<?>> events = StoredEventBatches.after(token(0), BATCH, this::fetch).iterator();
        assertThat(index(events.next())).isEqualTo(1);
        assertThat(index(events.next())).isEqualTo(2);
        assertThat(events.hasNext()).as("the pass ends after the short batch, without reading again").isFalse();
        assertThat(readsAfter).containsExactly(0L);

        stored = 4;
        assertThat(events.hasNext()).as("asked again, it reads again").isTrue();
        assertThat(index(events.next())).isEqualTo(3);
        assertThat(readsAfter).containsExactly(0L, 2L);
    }

    private List<TrackedEventData<?>> fetch(TrackingToken after) {
        long from = after == null ? 0 : after.position().orElseThrow();
        readsAfter.add(from);
        List<TrackedEventData<?>> batch = new ArrayList<>();
        LongStream.rangeClosed(from + 1, Math.min(stored, from + BATCH)).forEach(index -> batch.add(
                new TrackedDomainEventData<>(token(index), new GenericDomainEventEntry<>("Conversation", "c-1", index,
                        "event-" + index, "2026-12-07T00:00:00Z", "java.lang.String", null, "{}", "{}"))));
        return batch;
    }

    private static TrackingToken token(long index) {
        return new GlobalSequenceTrackingToken(index);
    }

    private static long index(TrackedEventData<?> event) {
        return event.trackingToken().position().orElseThrow();
    }
}
