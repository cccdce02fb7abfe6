package io.lifeline.query.timeline;

import io.lifeline.query.batching.HeldRows;
import io.lifeline.query.batching.ProjectionWrites;
import java.util.ArrayList;
import java.util.List;

/**
 * The header and entries of a conversation whose start a rebuild applied in the current batch, with
 * the batch's later events folded in as long as they add entries or only move the last applied
 * sequence: written as one insert per row, instead of an insert and then a header update per event.
 * An event that changes the header is not folded; it writes these rows first and then its own
 * statement, as {@link ProjectionWrites} keeps a key's writes in order.
 */
final class FreshTimeline implements HeldRows {
    private static final String HEADER = """
            INSERT INTO read_model.timeline_conversation (conversation_id, device_id, status, priority, participants,
                labels, subject, channel, context_kind, context_reference, latitude, longitude, accuracy_meters,
                created_at, last_sequence)
            VALUES (?, ?, 'OPEN', ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (conversation_id) DO NOTHING""";
    /** {@link TimelineProjection}'s entry columns with the conversation id given, not taken from {@code moved}. */
    private static final String ENTRY = """
            INSERT INTO read_model.timeline_entry (event_id, conversation_id, sequence_number, kind, private_note,
                actor, occurred_at, message_id, client_message_id, message_kind, text, attachment, latitude,
                longitude, accuracy_meters, reply_to, urgent, details)
            VALUES (?, ?, ?, ?, ?, CAST(? AS TEXT), ?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT),
                CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                CAST(? AS DOUBLE PRECISION), CAST(? AS TEXT), ?, ?)
            ON CONFLICT (event_id) DO NOTHING""";
    private final String id;
    /** The start's header values in {@link #HEADER}'s order, up to {@code created_at}. */
    private final Object[] header;
    private long lastSequence;
    private final List<Object[]> entries = new ArrayList<>(2);

    FreshTimeline(String id, Object[] header, long sequence, Object[] startedEntry) {
        this.id = id;
        this.header = header;
        this.lastSequence = sequence;
        entry(startedEntry);
    }

    /** Moves to this event; false if it was folded already. */
    boolean advance(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    /** An entry's values in {@link TimelineProjection}'s order (without the conversation id). */
    void entry(Object[] values) {
        Object[] row = new Object[values.length + 1];
        row[0] = values[0];
        row[1] = id;
        System.arraycopy(values, 1, row, 2, values.length - 1);
        entries.add(row);
    }

    @Override
    public void write(ProjectionWrites writes) {
        Object[] args = new Object[header.length + 1];
        System.arraycopy(header, 0, args, 0, header.length);
        args[header.length] = lastSequence;
        writes.update(HEADER, id, args);
        for (Object[] entry : entries) {
            writes.update(ENTRY, id, entry);
        }
    }
}
