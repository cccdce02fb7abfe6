package io.lifeline.support.storedevents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * The event store as read by processors that need not react at once (process managers that send
 * commands): a fresh event is handed over only once it is {@code pace} old, so the events stored
 * meanwhile join its batch. Without it such a processor woke for every commit of its own instance
 * and ran a transaction and a token update per event. Events older than the pace (a backlog, a
 * restart) are handed over without waiting.
 */
public final class PacedEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {
    /** The batch size a processor reading this source should take, or the events a pace gathers wait for more batches. */
    public static final int BATCH_SIZE = 100;

    private final StreamableMessageSource<TrackedEventMessage<?>> events;
    private final Duration pace;
    private final Clock clock;

    public PacedEventSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration pace) {
        this(events, pace, Clock.systemUTC());
    }

    PacedEventSource(StreamableMessageSource<TrackedEventMessage<?>> events, Duration pace, Clock clock) {
        if (pace.isNegative()) {
            throw new IllegalArgumentException("the pace must not be negative: " + pace);
        }
        this.events = events;
        this.pace = pace;
        this.clock = clock;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new PacedStream(events.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    /** Waits, once an event is available, until the oldest available one is {@code pace} old. */
    private final class PacedStream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> stream;

        PacedStream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (!stream.hasNextAvailable(timeout, unit)) {
                return false;
            }
            var oldest = stream.peek();
            if (oldest.isPresent()) {
                long age = Duration.between(oldest.get().getTimestamp(), clock.instant()).toMillis();
                long wait = Math.min(pace.toMillis() - age, pace.toMillis());
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
            return true;
        }

        /** Whether an event is there now, without waiting for its pace (Axon asks this to learn it has caught up). */
        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            return stream.setOnAvailableCallback(callback);
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
