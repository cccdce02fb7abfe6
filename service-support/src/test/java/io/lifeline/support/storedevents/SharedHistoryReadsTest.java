package io.lifeline.support.storedevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.serialization.EventJson;
import io.lifeline.support.storedevents.StoredEventBatches.Batch;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How readers of the store's history share its batches, and when a faster one waits for a slower one.
 * The store here holds events 1, 2, ... up to {@code stored}; a read gives at most {@value #BATCH}. The
 * clock is the test's own: a reader is idle, or a wait over, only when the test says so.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS) // a reader that waited for good would hang the test
class SharedHistoryReadsTest {
    private static final int BATCH = 10;
    private static final long WINDOW = 20;
    private static final long REACH = 100;
    private static final Duration IDLE = Duration.ofSeconds(2);

    private final AtomicLong clock = new AtomicLong();
    private final SharedHistoryReads reads = new SharedHistoryReads(WINDOW, REACH, IDLE, Duration.ofHours(1), clock::get);
    private final List<Long> readsAfter = Collections.synchronizedList(new ArrayList<>());
    private volatile long stored = 1_000;
    private volatile long head = 1_000_000;
    private volatile RuntimeException failure;
    /** Whether the store gives events still serialized (as the real one does), and those it made. */
    private volatile boolean serialized;
    private final List<SerializedMessage<?>> made = Collections.synchronizedList(new ArrayList<>());

    @Test
    void readersInStepReadEachBatchFromTheStoreOnceAndShareItsMessages() {
        Iterator<TrackedEventMessage<?>> first = stream().iterator();
        Iterator<TrackedEventMessage<?>> second = stream().iterator();
        List<TrackedEventMessage<?>> readByFirst = new ArrayList<>();
        List<TrackedEventMessage<?>> readBySecond = new ArrayList<>();

        for (int batch = 0; batch < 5; batch++) {
            for (int i = 0; i < BATCH; i++) {
                readByFirst.add(first.next());
            }
            for (int i = 0; i < BATCH; i++) {
                readBySecond.add(second.next());
            }
        }

        assertThat(readByFirst).extracting(SharedHistoryReadsTest::index).containsExactlyElementsOf(indexes(1, 50));
        assertThat(readBySecond).extracting(SharedHistoryReadsTest::index).containsExactlyElementsOf(indexes(1, 50));
        assertThat(readsAfter).as("each batch read once (the first twice: the second reader joined after it)")
                .containsExactly(-1L, -1L, 10L, 20L, 30L, 40L);
        for (int i = 10; i < 50; i++) {
            assertThat(readBySecond.get(i)).as("the same message, decoded once").isSameAs(readByFirst.get(i));
        }
    }

    @Test
    void farFromTheHeadAReaderTooFarAheadWaitsForTheSlowerOneAndThenTakesWhatItRead() throws Exception {
        Iterator<TrackedEventMessage<?>> slow = stream().iterator();
        Iterator<TrackedEventMessage<?>> fast = stream().iterator();
        take(slow, 1); // the slow reader holds events 1-10 and reads after 10 next
        take(fast, 40); // 30 ahead of it once it asks for more

        CompletableFuture<List<Long>> fastOn = CompletableFuture.supplyAsync(() -> take(fast, 10));
        Thread.sleep(300);
        assertThat(fastOn).as("more than the window ahead of a reader within reach: it waits").isNotDone();
        assertThat(readsAfter).doesNotContain(40L);

        take(slow, 19); // the slow reader reads after 10: 20 behind, no more than the window
        assertThat(fastOn.get(5, TimeUnit.SECONDS)).containsExactlyElementsOf(indexes(41, 50));
        take(slow, 20);
        assertThat(readsAfter).as("the slow reader took the batches the fast one had read (the first excepted: read"
                + " before the fast reader joined)").containsExactly(-1L, -1L, 10L, 20L, 30L, 40L);
    }

    @Test
    void aReaderWaitsNoLongerThanTheLongestWaitBeforeABatch() throws Exception {
        SharedHistoryReads bounded = new SharedHistoryReads(WINDOW, REACH, IDLE, Duration.ofSeconds(1), clock::get);
        Iterator<TrackedEventMessage<?>> slow = bounded.after(null, BATCH, this::store, () -> head).iterator();
        Iterator<TrackedEventMessage<?>> fast = bounded.after(null, BATCH, this::store, () -> head).iterator();
        take(slow, 1);
        take(fast, 40);

        CompletableFuture<List<Long>> fastOn = CompletableFuture.supplyAsync(() -> take(fast, 10));
        Thread.sleep(300);
        assertThat(fastOn).as("waiting for the slower reader").isNotDone();
        clock.addAndGet(Duration.ofSeconds(1).toNanos()); // the slower reader has read just now, as far as idling goes
        assertThat(fastOn.get(5, TimeUnit.SECONDS)).as("a second on, it reads without the slower reader")
                .containsExactlyElementsOf(indexes(41, 50));
    }

    @Test
    void withinReachOfTheHeadNobodyWaits() {
        head = 120;
        Iterator<TrackedEventMessage<?>> slow = stream().iterator();
        Iterator<TrackedEventMessage<?>> fast = stream().iterator();
        take(slow, 1);

        assertThat(take(fast, 60)).as("the fast reader ran 50 ahead, 60 from the head").hasSize(60);
    }

    @Test
    void nobodyWaitsForAReaderThatHasNotReadForTheIdleTime() {
        Iterator<TrackedEventMessage<?>> stopped = stream().iterator();
        Iterator<TrackedEventMessage<?>> reader = stream().iterator();
        take(stopped, 1);
        clock.addAndGet(IDLE.toNanos());

        assertThat(take(reader, 60)).hasSize(60);
    }

    @Test
    void nobodyWaitsForAReaderWhoseStreamWasClosed() {
        Stream<TrackedEventMessage<?>> closed = stream();
        take(closed.iterator(), 1);
        closed.close();

        assertThat(take(stream().iterator(), 60)).hasSize(60);
    }

    @Test
    void aBatchThatReachedTheHeadIsReadAgainByTheNextReader() {
        stored = 5;

        assertThat(stream().count()).isEqualTo(5);
        assertThat(stream().count()).isEqualTo(5);
        assertThat(readsAfter).containsExactly(-1L, -1L);
        assertThat(reads.batchesKept()).isZero();
    }

    @Test
    void aFailedReadFailsItsReaderAndIsTriedAgainByTheNext() {
        failure = new IllegalStateException("the store is down");
        assertThatThrownBy(() -> stream().iterator().next()).isSameAs(failure);

        failure = null;
        assertThat(index(stream().iterator().next())).isEqualTo(1);
    }

    @Test
    void batchesNoReaderNeedsAreForgotten() {
        Stream<TrackedEventMessage<?>> behind = stream();
        take(behind.iterator(), 11); // next after 20
        take(stream().iterator(), 40); // next after 40

        assertThat(reads.batchesKept()).as("the batches after 20 and 30, which the reader behind reads next").isEqualTo(2);
        behind.close();
        assertThat(reads.batchesKept()).as("none: the other reader is past them").isZero();
    }

    @Test
    void withOtherReadersABatchIsDecodedBeforeItIsSharedAndAloneItIsLeftForItsReader() {
        serialized = true;
        Iterator<TrackedEventMessage<?>> first = stream().iterator();
        Iterator<TrackedEventMessage<?>> second = stream().iterator();

        take(first, 1); // alone: the first batch is read for this reader only
        assertThat(made).as("left to be decoded on use").noneMatch(SerializedMessage::isPayloadDeserialized);
        take(second, 1);
        take(first, 10); // the batch after 10, with the second reader reading too
        assertThat(made.subList(20, 30)).as("decoded by the reader that read them, before the other takes them")
                .allMatch(event -> event.isPayloadDeserialized() && event.isMetaDataDeserialized());
        assertThat(made.subList(0, 10)).noneMatch(SerializedMessage::isPayloadDeserialized);
    }

    private Stream<TrackedEventMessage<?>> stream() {
        return reads.after(null, BATCH, this::store, () -> head);
    }

    private Batch<TrackedEventMessage<?>> store(TrackingToken after) {
        if (failure != null) {
            throw failure;
        }
        long from = after == null ? 0 : after.position().orElseThrow();
        readsAfter.add(after == null ? -1 : from);
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        LongStream.rangeClosed(from + 1, Math.min(stored, from + BATCH)).forEach(index -> events.add(serialized
                ? new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(index), stored(index), Instant::now)
                : new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(index),
                        GenericEventMessage.asEventMessage("event " + index))));
        return new Batch<>(events, events.isEmpty() ? after : events.get(events.size() - 1).trackingToken(), events.size());
    }

    /** An event as the store gives it: payload and metadata still as stored JSON, decoded on first use. */
    private SerializedMessage<?> stored(long index) {
        SerializedMessage<?> event = new SerializedMessage<>("event-" + index,
                new SimpleSerializedObject<>(("\"event " + index + "\"").getBytes(StandardCharsets.UTF_8), byte[].class,
                        String.class.getName(), null),
                new SimpleSerializedObject<>("{}".getBytes(StandardCharsets.UTF_8), byte[].class, MetaData.class.getName(), null),
                EventJson.serializer());
        made.add(event);
        return event;
    }

    private static List<Long> take(Iterator<TrackedEventMessage<?>> reader, int count) {
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < count && reader.hasNext(); i++) {
            taken.add(index(reader.next()));
        }
        return taken;
    }

    private static List<Long> indexes(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    private static long index(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }
}
