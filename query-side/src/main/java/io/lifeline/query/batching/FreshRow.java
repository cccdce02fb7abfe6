package io.lifeline.query.batching;

import java.util.Arrays;

/**
 * One row of a conversation whose start a rebuild applied in the current batch, inserted once with the
 * batch's later events that only move its last applied sequence folded in, instead of an insert and an
 * update per event. Its insert's last value is that sequence. Any other event of the conversation writes
 * the row first, as {@link ProjectionWrites} keeps a key's writes in order. Outside a rebuild a start
 * writes it at once: the same insert.
 */
public final class FreshRow implements HeldRows {
    private final String insert;
    private final Object key;
    private final Object[] values;
    private long lastSequence;

    /** {@code values} are the insert's values before the last applied sequence, which {@code sequence} starts. */
    public FreshRow(String insert, Object key, long sequence, Object... values) {
        this.insert = insert;
        this.key = key;
        this.values = values;
        this.lastSequence = sequence;
    }

    /** The event at {@code sequence} changed nothing but the last applied sequence. */
    public void advance(long sequence) {
        lastSequence = Math.max(lastSequence, sequence);
    }

    @Override
    public void write(ProjectionWrites writes) {
        Object[] args = Arrays.copyOf(values, values.length + 1);
        args[values.length] = lastSequence;
        writes.update(insert, key, args);
    }
}
