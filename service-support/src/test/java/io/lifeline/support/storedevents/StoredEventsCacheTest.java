package io.lifeline.support.storedevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store's cache of recent events ({@code lifeline.event-store.cached-events}): a reader that falls
 * further behind than the cache is moved to reading the store itself (Axon checks every 10 s), and
 * still gets every event once, in order.
 */
class StoredEventsCacheTest {
    private static final Duration AXON_CLEAN_UP = Duration.ofSeconds(10);
    private final ReadCountingEngine engine = new ReadCountingEngine();
    private final StoredEventsNotifier notifier = new StoredEventsNotifier(null, Duration.ofSeconds(1), "test");
    private WakeableEventStore store;

    @AfterEach
    void shutDown() {
        store.shutDown();
        notifier.close();
    }

    @Test
    void aReaderFurtherBehindThanTheCacheReadsTheStoreAndMissesNothing() throws Exception {
        store = new StoredEventsWakeUp().eventStore(engine, DefaultConfigurer.defaultConfiguration().buildConfiguration(),
                notifier, Duration.ofSeconds(1), 5);
        try (BlockingStream<TrackedEventMessage<?>> atTheHead = store.openStream(null);
             BlockingStream<TrackedEventMessage<?>> behind = store.openStream(null)) {
            storeAndRead(0, atTheHead);
            assertThat(next(behind)).as("both read the first event").isZero();
            assertThat(behind.hasNextAvailable(200, TimeUnit.MILLISECONDS)).as("then waits at the head").isFalse();
            for (long sequence = 1; sequence <= 30; sequence++) {
                storeAndRead(sequence, atTheHead);
            }
            engine.readsByReaders.set(0);
            Thread.sleep(AXON_CLEAN_UP.plusSeconds(1).toMillis()); // the reader 30 events behind, the cache holding 5

            List<Long> read = new ArrayList<>();
            for (int i = 1; i <= 30; i++) {
                read.add(next(behind));
            }
            assertThat(read).as("every event once, in order").containsExactlyElementsOf(
                    LongStream.rangeClosed(1, 30).boxed().toList());
            assertThat(engine.readsByReaders.get()).as("read from the store, not from the cache of 5 events").isPositive();
        }
    }

    private void storeAndRead(long sequence, BlockingStream<TrackedEventMessage<?>> reader) throws InterruptedException {
        engine.appendEvents(event(sequence));
        store.fetchNow();
        assertThat(next(reader)).isEqualTo(sequence);
    }

    private static long next(BlockingStream<TrackedEventMessage<?>> reader) throws InterruptedException {
        assertThat(reader.hasNextAvailable(5, TimeUnit.SECONDS)).as("an event within 5 s").isTrue();
        return ((DomainEventMessage<?>) reader.nextAvailable()).getSequenceNumber();
    }

    private static DomainEventMessage<String> event(long sequence) {
        return new GenericDomainEventMessage<>("Conversation", "c-1", sequence, "event " + sequence);
    }

    /** Counts the reads that readers make on their own threads (the store's shared producer reads on its own). */
    private static final class ReadCountingEngine extends InMemoryEventStorageEngine {
        private final AtomicInteger readsByReaders = new AtomicInteger();
        private final Thread test = Thread.currentThread();

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            if (Thread.currentThread() == test) {
                readsByReaders.incrementAndGet();
            }
            return super.readEvents(trackingToken, mayBlock);
        }
    }
}
