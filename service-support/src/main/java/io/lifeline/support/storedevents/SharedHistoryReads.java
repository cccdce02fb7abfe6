package io.lifeline.support.storedevents;

import io.lifeline.support.storedevents.StoredEventBatches.Batch;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * Batches of the store's history read once for every processor reading the same stretch of it. In a
 * rebuild of every projection each processor read each event for itself: as many statements, decoded
 * rows and decoded payloads per event as there are projections. Here the first reader to ask for the
 * batch after a token reads it (decoding each event's payload and metadata first when others are
 * reading too), and every reader asking for the same batch takes the same messages. Readers of history
 * are the event store's private streams, which processors read while they are behind the events the
 * store keeps for readers at its head; the head's own reads are not shared.
 * <p>
 * Processors of different cost drift apart, and a batch is kept only while an active reader is still
 * behind it, and no more batches than the reach covers (in step, about {@code window} events' worth).
 * So, more than {@code reach} events behind the head, a reader that is more than {@code window} events
 * ahead of a slower one within {@code reach} waits for it before reading on (at most
 * {@code longestWait} per batch, which keeps its token's claim fresh): the convoy moves at its slowest
 * member's pace and reads each batch once. Nobody waits within {@code reach} of the head, so a live
 * processor that fell a little behind never waits for a rebuild, and nobody waits for a reader that
 * has not read for {@code idle} (stopped, failing, or slower than that per batch). A batch that reached
 * the head (fewer rows than asked for) is shared only by readers asking at the same moment: the next
 * read must see what was stored since. Sharing an older read of a stretch is what a slower reader
 * would have seen had it read then: a gap in it stays in every reader's token and is read again
 * later, as it would be.
 */
public final class SharedHistoryReads {
    private static final long WAIT_SLICE_MILLIS = 20;
    private static final Duration HEAD_READ_EVERY = Duration.ofSeconds(1);
    private static final Duration FORGET_READER_AFTER = Duration.ofMinutes(1);
    private static final Object FROM_THE_START = new Object();

    private final long window;
    private final long reach;
    private final long idleNanos;
    private final long longestWaitNanos;
    private final LongSupplier nanoTime;
    private final Map<Object, Shared> batches = new HashMap<>();
    private final Set<Reader> readers = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The store's head as last read, and when; none read yet. */
    private long head = -1;
    private Long headReadAt;

    /** A batch being read or read, and the position of the token it was asked after. */
    private record Shared(long position, CompletableFuture<Batch<TrackedEventMessage<?>>> batch) {
    }

    /** One stream's place: the position of the token it reads after next, and when it last read. */
    private static final class Reader {
        long position;
        long lastRead;
    }

    /**
     * @param window      events a reader may run ahead of a slower one before it waits for it
     * @param reach       the distance within which readers form a convoy, and from the head beyond which they do
     * @param idle        a reader that has not read for this long is waited for no more
     * @param longestWait the longest a reader waits for slower ones before one batch
     */
    public SharedHistoryReads(long window, long reach, Duration idle, Duration longestWait) {
        this(window, reach, idle, longestWait, System::nanoTime);
    }

    SharedHistoryReads(long window, long reach, Duration idle, Duration longestWait, LongSupplier nanoTime) {
        if (window < 1 || reach <= window) {
            throw new IllegalArgumentException("shared history reads need a window of at least 1 event and a reach"
                    + " beyond it (lifeline.event-store.shared-reads), not window " + window + " and reach " + reach);
        }
        this.window = window;
        this.reach = reach;
        this.idleNanos = idle.toNanos();
        this.longestWaitNanos = longestWait.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * The events after {@code token}, batch after batch, {@code store} reading at most {@code batchSize}
     * rows after a token when no other reader has; {@code head} is the store's highest global index.
     */
    Stream<TrackedEventMessage<?>> after(TrackingToken token, int batchSize,
                                         Function<TrackingToken, Batch<TrackedEventMessage<?>>> store, LongSupplier head) {
        Reader reader = new Reader();
        return StoredEventBatches.ofBatches(token, batchSize, after -> read(reader, after, batchSize, store, head))
                .onClose(() -> leave(reader));
    }

    /** Batches kept now (for tests and figures). */
    synchronized int batchesKept() {
        return batches.size();
    }

    private Batch<TrackedEventMessage<?>> read(Reader reader, TrackingToken after, int batchSize,
                                               Function<TrackingToken, Batch<TrackedEventMessage<?>>> store,
                                               LongSupplier head) {
        Object key = after == null ? FROM_THE_START : after;
        long position = positionOf(after);
        Shared shared;
        boolean mine = false;
        boolean company = false;
        synchronized (this) {
            readers.add(reader);
            reader.position = position;
            reader.lastRead = nanoTime.getAsLong();
            shared = batches.get(key);
            if (shared == null) {
                awaitSlowerReaders(reader, position, head);
                shared = batches.get(key);
            }
            if (shared == null) {
                shared = new Shared(position, new CompletableFuture<>());
                batches.put(key, shared);
                mine = true;
                company = anotherActiveReader(reader);
            }
        }
        if (mine) {
            readInto(shared, key, after, batchSize, store, company);
        }
        Batch<TrackedEventMessage<?>> batch = joined(shared);
        synchronized (this) {
            reader.position = positionOf(batch.last());
            reader.lastRead = nanoTime.getAsLong();
            forgetWhatNoReaderNeeds(batchSize);
            notifyAll();
        }
        return batch;
    }

    /** Reads a batch for every reader; decodes it first when other readers may take it at once. */
    private void readInto(Shared shared, Object key, TrackingToken after, int batchSize,
                          Function<TrackingToken, Batch<TrackedEventMessage<?>>> store, boolean company) {
        try {
            Batch<TrackedEventMessage<?>> batch = store.apply(after);
            if (company) {
                batch.events().forEach(SharedHistoryReads::decode);
            }
            if (batch.rows() < batchSize) {
                forget(key); // it reached the head: read afresh next time
            }
            shared.batch().complete(batch);
        } catch (RuntimeException | Error failed) {
            forget(key);
            shared.batch().completeExceptionally(failed);
        }
    }

    private synchronized void forget(Object key) {
        batches.remove(key);
    }

    /**
     * Decodes before sharing, so that readers in step do not decode an event each; one that fails is left to its
     * handlers. A reader alone leaves its events to be decoded on use, as Axon's own stream does: it may ignore
     * most of them. Should another take them later, both may decode one at once, which costs twice and changes
     * nothing (Axon's decoded payload and metadata are set once, through a volatile field, from immutable input).
     */
    private static void decode(TrackedEventMessage<?> event) {
        try {
            event.getPayload();
            event.getMetaData();
            event.getTimestamp();
        } catch (RuntimeException undecodable) {
            // each processor handling it meets the error as it would have, and parks the event
        }
    }

    private static Batch<TrackedEventMessage<?>> joined(Shared shared) {
        try {
            return shared.batch().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Called holding the lock. */
    private void awaitSlowerReaders(Reader reader, long position, LongSupplier head) {
        long started = nanoTime.getAsLong();
        while (slowerReaderToWaitFor(reader, position) && headPosition(head) - position > reach
                && nanoTime.getAsLong() - started < longestWaitNanos) {
            try {
                wait(WAIT_SLICE_MILLIS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt(); // the processor is stopping: read on, it will see the flag
                return;
            }
            reader.lastRead = nanoTime.getAsLong(); // waiting is not idling: a reader behind this one may wait for it
        }
    }

    private boolean anotherActiveReader(Reader reader) {
        long now = nanoTime.getAsLong();
        return readers.stream().anyMatch(other -> other != reader && active(other, now));
    }

    /** A reader that has read within the idle time; one that has not holds nobody back and keeps no batch. */
    private boolean active(Reader reader, long now) {
        return now - reader.lastRead < idleNanos;
    }

    private boolean slowerReaderToWaitFor(Reader reader, long position) {
        long now = nanoTime.getAsLong();
        for (Reader other : readers) {
            long behind = position - other.position;
            if (other != reader && behind > window && behind <= reach && active(other, now)) {
                return true;
            }
        }
        return false;
    }

    /** The store's highest global index, read at most once a {@link #HEAD_READ_EVERY}. */
    private long headPosition(LongSupplier store) {
        long now = nanoTime.getAsLong();
        if (headReadAt == null || now - headReadAt >= HEAD_READ_EVERY.toNanos()) {
            head = store.getAsLong();
            headReadAt = now;
        }
        return head;
    }

    /** Called holding the lock: drops batches behind every active reader, and the oldest beyond what a convoy needs. */
    private void forgetWhatNoReaderNeeds(int batchSize) {
        forgetBatchesBehindEveryReader();
        long capacity = reach / batchSize + 1; // a reader joining a convoy from as far as the reach finds its batches
        while (batches.size() > capacity) {
            Optional<Object> oldest = batches.entrySet().stream().filter(kept -> kept.getValue().batch().isDone())
                    .min(Comparator.comparingLong(kept -> kept.getValue().position())).map(Map.Entry::getKey);
            if (oldest.isEmpty()) {
                return; // every batch kept is still being read
            }
            batches.remove(oldest.get());
        }
    }

    /** Called holding the lock. */
    private void forgetBatchesBehindEveryReader() {
        long now = nanoTime.getAsLong();
        readers.removeIf(other -> now - other.lastRead > FORGET_READER_AFTER.toNanos());
        long slowest = readers.stream().filter(other -> active(other, now))
                .mapToLong(other -> other.position).min().orElse(Long.MAX_VALUE);
        batches.values().removeIf(kept -> kept.position() < slowest && kept.batch().isDone());
    }

    private synchronized void leave(Reader reader) {
        readers.remove(reader);
        forgetBatchesBehindEveryReader();
        notifyAll();
    }

    private static long positionOf(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
