package io.lifeline.query.batching;

/**
 * A projection's rows of one key as they stand after several events of one batch, kept in memory
 * ({@link ProjectionWrites#hold}) instead of as one statement per event: a conversation started and
 * answered within one batch of a rebuild becomes one insert per row, not an insert followed by
 * updates of the same rows. The rows are written when the batch sends its writes, or as soon as
 * another write of the same key (or one without a key) is made, so every key's writes keep their order.
 */
@FunctionalInterface
public interface HeldRows {
    /** Makes the writes these rows stand for, with {@link ProjectionWrites#update}. */
    void write(ProjectionWrites writes);
}
