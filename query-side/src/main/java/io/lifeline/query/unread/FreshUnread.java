package io.lifeline.query.unread;

import io.lifeline.query.batching.HeldRows;
import io.lifeline.query.batching.ProjectionWrites;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The conversation row and messages of a conversation whose start a rebuild applied in the current
 * batch, with the batch's later messages folded in: one insert per row instead of an insert and then
 * an update of the conversation row per message. Only messages are folded; any other event of the
 * conversation writes these rows first and then its own statement, as {@link ProjectionWrites} keeps
 * a key's writes in order. Outside a rebuild a start writes it at once, holding no message: the
 * conversation's row alone, the same insert.
 */
final class FreshUnread implements HeldRows {
    private static final String CONVERSATION = """
            INSERT INTO read_model.unread_conversation (conversation_id, device_id, last_sequence)
            VALUES (?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING""";
    private static final String MESSAGE = """
            INSERT INTO read_model.unread_message (message_id, conversation_id, sequence, author)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private final UUID id;
    private final String device;
    private long lastSequence;
    private final List<Object[]> messages = new ArrayList<>(2);

    FreshUnread(UUID id, String device, long sequence) {
        this.id = id;
        this.device = device;
        this.lastSequence = sequence;
    }

    /** Records the message unless its event was folded already. */
    void message(long sequence, UUID messageId, String author) {
        if (sequence > lastSequence) {
            lastSequence = sequence;
            messages.add(new Object[] {messageId, id, sequence, author});
        }
    }

    @Override
    public void write(ProjectionWrites writes) {
        writes.update(CONVERSATION, id, id, device, lastSequence);
        for (Object[] message : messages) {
            writes.update(MESSAGE, id, message);
        }
    }
}
