package io.lifeline.query.notifications;

import io.lifeline.query.batching.HeldRows;
import io.lifeline.query.batching.ProjectionWrites;

/**
 * Who is on a conversation whose start a rebuild applied in the current batch (nobody yet), with the
 * batch's later events that only move its last applied sequence folded in: one insert instead of an
 * insert and an update per event. Any other event of the conversation writes the row first, as
 * {@link ProjectionWrites} keeps a key's writes in order, or sends it with the batch's other writes
 * before it reads the row.
 */
final class FreshNotificationConversation implements HeldRows {
    private static final String CONVERSATION = """
            INSERT INTO read_model.notification_conversation (conversation_id, joined_staff, last_sequence)
            VALUES (?, '', ?) ON CONFLICT (conversation_id) DO NOTHING""";
    private final String id;
    private long lastSequence;

    FreshNotificationConversation(String id, long sequence) {
        this.id = id;
        this.lastSequence = sequence;
    }

    void advance(long sequence) {
        lastSequence = Math.max(lastSequence, sequence);
    }

    @Override
    public void write(ProjectionWrites writes) {
        writes.update(CONVERSATION, id, id, lastSequence);
    }
}
