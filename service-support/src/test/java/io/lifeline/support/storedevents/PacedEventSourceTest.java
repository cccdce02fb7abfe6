package io.lifeline.support.storedevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The paced source over Axon's own embedded store (in memory): when a fresh event is handed over, and with what. */
class PacedEventSourceTest {
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void aFreshEventIsHandedOverOnceItIsPaceOld() throws Exception {
        Duration pace = Duration.ofMillis(400);
        var source = new PacedEventSource(store, pace, Clock.fixed(NOW, ZoneOffset.UTC));
        store.publish(eventAt(NOW.minusMillis(100)));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(untilHandedOver(stream))
                    .as("held until the event is 400 ms old: 300 ms more")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(stream.hasNextAvailable()).as("asked without waiting, it is there").isTrue();
        }
    }

    @Test
    void eventsStoredWhileTheFirstWaitsAreHandedOverWithIt() throws Exception {
        var source = new PacedEventSource(store, Duration.ofSeconds(1));
        store.publish(eventAt(Instant.now()));
        var later = new Thread(() -> {
            sleep(100);
            store.publish(eventAt(Instant.now()), eventAt(Instant.now()), eventAt(Instant.now()));
        });
        later.start();
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
            List<TrackedEventMessage<?>> batch = new ArrayList<>();
            while (stream.peek().isPresent()) { // what is there when it is handed over, not waiting for more
                batch.add(stream.nextAvailable());
            }
            later.join();
            assertThat(batch).as("the first event and the three stored while it waited, in one go").hasSize(4);
        }
    }

    @Test
    void aBacklogIsHandedOverWithoutWaiting() throws Exception {
        Duration pace = Duration.ofSeconds(5);
        var source = new PacedEventSource(store, pace, Clock.fixed(NOW, ZoneOffset.UTC));
        store.publish(eventAt(NOW.minusSeconds(60)), eventAt(NOW.minusMillis(10)));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(untilHandedOver(stream))
                    .as("the oldest available event is past the pace: no wait for the newer one behind it")
                    .isLessThan(pace.dividedBy(2));
        }
    }

    @Test
    void anEmptyStoreAnswersNoAfterItsTimeout() throws Exception {
        var source = new PacedEventSource(store, Duration.ofMillis(200));
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void tokensAreTheStoresOwn() {
        store.publish(eventAt(NOW));
        var source = new PacedEventSource(store, Duration.ofMillis(200));
        assertThat(source.createHeadToken()).isEqualTo(store.createHeadToken());
        assertThat(source.createTailToken()).isEqualTo(store.createTailToken());
    }

    /** How long the stream took to say an event is available. */
    private static Duration untilHandedOver(BlockingStream<TrackedEventMessage<?>> stream) throws InterruptedException {
        long start = System.nanoTime();
        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static GenericEventMessage<String> eventAt(Instant timestamp) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), "stored", Map.of(), timestamp);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
