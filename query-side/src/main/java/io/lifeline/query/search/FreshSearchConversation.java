package io.lifeline.query.search;

import io.lifeline.query.batching.HeldRows;
import io.lifeline.query.batching.ProjectionWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The filter row and searchable messages of a conversation whose start a rebuild applied in the current
 * batch, with the batch's later messages folded in: one insert per row instead of, per message, an update
 * of the conversation's last applied sequence that the message's insert builds on. Only messages are
 * folded; any other event of the conversation writes these rows first and then its own statement, as
 * {@link ProjectionWrites} keeps a key's writes in order. Outside a rebuild a start writes it at once,
 * holding no message: the conversation's row alone, the same insert.
 */
final class FreshSearchConversation implements HeldRows {
    private static final String CONVERSATION = """
            INSERT INTO read_model.search_conversation (conversation_id, status, priority, channel, context_kind, last_sequence)
            VALUES (?, 'OPEN', ?, ?, ?, ?)
            ON CONFLICT (conversation_id) DO NOTHING""";
    private static final String MESSAGE = """
            INSERT INTO read_model.search_message (message_id, conversation_id, sequence, author, sent_at, body)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private final UUID id;
    private final String priority;
    private final String channel;
    private final String contextKind;
    private long lastSequence;
    private final List<Object[]> messages = new ArrayList<>(2);

    FreshSearchConversation(UUID id, String priority, String channel, String contextKind, long sequence) {
        this.id = id;
        this.priority = priority;
        this.channel = channel;
        this.contextKind = contextKind;
        this.lastSequence = sequence;
    }

    /** Moves the last applied sequence to this event's, unless it was folded already; false then. */
    boolean advance(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    /** Records a searchable message (the values of {@link #MESSAGE} after the conversation's id) unless its event was folded already. */
    void message(long sequence, Object messageId, Object author, Object sentAt, Object body) {
        if (advance(sequence)) {
            messages.add(new Object[] {messageId, id, sequence, author, sentAt, body});
        }
    }

    @Override
    public void write(ProjectionWrites writes) {
        writes.update(CONVERSATION, id, id, priority, channel, contextKind, lastSequence);
        for (Object[] message : messages) {
            writes.update(MESSAGE, id, message);
        }
    }
}
