package io.lifeline.query.inbox;

import io.lifeline.query.batching.HeldRows;
import io.lifeline.query.batching.ProjectionWrites;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The inbox row of a conversation whose start a rebuild applied in the current batch, with the
 * batch's later messages folded in: inserted once as {@link InboxProjection}'s statements would
 * leave it, instead of inserted and then updated (each update of the queue columns touches every
 * queue index). Only messages are folded; any other event of the conversation writes this row first
 * and then its own statement, as {@link ProjectionWrites} keeps a key's writes in order. Outside a
 * rebuild a start writes it at once, with no message folded in: the row as the start leaves it.
 */
final class FreshInboxRow implements HeldRows {
    private static final String INSERT = """
            INSERT INTO read_model.inbox_conversation (conversation_id, device_id, status, priority, channel, context_kind,
                context_reference, subject, latitude, longitude, accuracy_meters, created_at, waiting_since, has_urgent,
                last_message_sequence, last_message_at, last_message_preview, last_sequence)
            VALUES (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (conversation_id) DO NOTHING""";
    private static final SqlParameterValue NO_TIME = new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, null);
    private static final SqlParameterValue NO_NUMBER = new SqlParameterValue(Types.BIGINT, null);
    private static final SqlParameterValue NO_TEXT = new SqlParameterValue(Types.VARCHAR, null);
    private final Object[] started;
    private long lastSequence;
    private OffsetDateTime waitingSince;
    private boolean hasUrgent;
    private Long lastMessageSequence;
    private OffsetDateTime lastMessageAt;
    private String lastMessagePreview;

    /** {@code started}: the start's values from {@code conversation_id} to {@code created_at}, in the insert's order. */
    FreshInboxRow(long sequence, Object... started) {
        this.lastSequence = sequence;
        this.started = started;
    }

    /** Moves to this event; false if it was folded already. */
    boolean advance(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    /** A device's message starts (or joins) a wait. */
    void deviceWrote(long sequence, OffsetDateTime at, boolean urgent, String preview) {
        if (waitingSince == null) {
            waitingSince = at;
        }
        hasUrgent = hasUrgent || urgent;
        message(sequence, at, preview);
    }

    /** Staff's message answers the wait (no response clock runs in a row this fold holds). */
    void staffWrote(long sequence, OffsetDateTime at, String preview) {
        waitingSince = null;
        hasUrgent = false;
        message(sequence, at, preview);
    }

    /** A rule's message answers no one. */
    void message(long sequence, OffsetDateTime at, String preview) {
        lastMessageSequence = sequence;
        lastMessageAt = at;
        lastMessagePreview = preview;
    }

    @Override
    public void write(ProjectionWrites writes) {
        Object[] args = new Object[started.length + 6];
        System.arraycopy(started, 0, args, 0, started.length);
        int next = started.length;
        args[next++] = waitingSince == null ? NO_TIME : waitingSince;
        args[next++] = hasUrgent;
        args[next++] = lastMessageSequence == null ? NO_NUMBER : lastMessageSequence;
        args[next++] = lastMessageAt == null ? NO_TIME : lastMessageAt;
        args[next++] = lastMessagePreview == null ? NO_TEXT : lastMessagePreview;
        args[next] = lastSequence;
        writes.update(INSERT, (UUID) started[0], args);
    }
}
