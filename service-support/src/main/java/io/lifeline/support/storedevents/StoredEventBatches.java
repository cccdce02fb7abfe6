package io.lifeline.support.storedevents;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The stored events after a token, read batch after batch as Axon's storage engine reads them, except
 * that a pass over them ends after the first batch with fewer events than asked for. Axon's own stream
 * reads on until a batch comes back empty, so at the head of the store, where readers wait for new
 * events, every read that found some was followed by one that found none (two statements with the
 * engine's gap check) before the reader could hand them over. A short batch does not prove that
 * nothing follows (a batch covers a range of global indexes, and gaps in the range make it short), but
 * every reader of the store reads again once a pass ends: the event store's producer at once when its
 * pass found events, a processor reading on its own by asking this stream again or opening a new one.
 * Events past such a gap therefore come one read later, and none is skipped. Asked again after a pass
 * has ended, the stream reads on from its last event, as Axon's does.
 * <p>
 * A read is a {@link Batch}: what it gives (rows, or the messages made of them, which an upcaster may have
 * made fewer), the token after its last row, and how many rows it read, which alone says whether it was full.
 */
final class StoredEventBatches<T> extends Spliterators.AbstractSpliterator<T> {
    private final Function<TrackingToken, Batch<T>> fetch;
    private final int batchSize;
    private TrackingToken after;
    private Iterator<? extends T> batch = Collections.emptyIterator();
    private boolean shortBatchRead;

    /** One read of the store after a token: its events, the token of its last row ({@code after} if none), its rows. */
    record Batch<T>(List<? extends T> events, TrackingToken last, int rows) {
        /** The batch read after {@code after}: {@code events} made of {@code rows}, its last token that of the last row. */
        static <T> Batch<T> of(TrackingToken after, List<? extends TrackedEventData<?>> rows, List<? extends T> events) {
            return new Batch<>(events, rows.isEmpty() ? after : rows.get(rows.size() - 1).trackingToken(), rows.size());
        }
    }

    private StoredEventBatches(TrackingToken after, int batchSize, Function<TrackingToken, Batch<T>> fetch) {
        super(Long.MAX_VALUE, NONNULL | ORDERED | DISTINCT | CONCURRENT);
        this.after = after;
        this.batchSize = batchSize;
        this.fetch = fetch;
    }

    /** The events after {@code token} ({@code null}: from the first), {@code fetch} reading at most {@code batchSize} after a token. */
    static <T extends TrackedEventData<?>> Stream<T> after(TrackingToken token, int batchSize,
                                                           Function<TrackingToken, List<? extends T>> fetch) {
        return ofBatches(token, batchSize, after -> {
            List<? extends T> rows = fetch.apply(after);
            return Batch.of(after, rows, rows);
        });
    }

    /** The events of the batches after {@code token}, {@code fetch} reading at most {@code batchSize} rows after a token. */
    static <T> Stream<T> ofBatches(TrackingToken token, int batchSize, Function<TrackingToken, Batch<T>> fetch) {
        return StreamSupport.stream(new StoredEventBatches<>(token, batchSize, fetch), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (!batch.hasNext()) { // a batch whose rows an upcaster dropped gives no event: read the next
            if (shortBatchRead) {
                shortBatchRead = false; // this pass is over; asked again, the stream reads again
                return false;
            }
            Batch<T> fetched = fetch.apply(after);
            if (fetched.rows() == 0) {
                return false;
            }
            shortBatchRead = fetched.rows() < batchSize;
            after = fetched.last();
            batch = fetched.events().iterator();
        }
        action.accept(batch.next());
        return true;
    }
}
