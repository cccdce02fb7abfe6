package io.lifeline.query.targets;

import io.lifeline.query.batching.HeldRows;
import io.lifeline.query.batching.ProjectionWrites;
import java.util.UUID;

/**
 * The row of a conversation whose start a rebuild applied in the current batch, with the batch's later
 * events that only move its last applied sequence folded in (a visitor's message, an event no clock
 * cares about): one insert instead of an insert and an update per event. Any other event of the
 * conversation writes the row first and then its own statement, as {@link ProjectionWrites} keeps a
 * key's writes in order. Outside a rebuild a start writes it at once: the same insert.
 */
final class FreshResponseTargetConversation implements HeldRows {
    private static final String CONVERSATION = """
            INSERT INTO read_model.response_target_conversation (conversation_id, priority, context_kind, last_sequence)
            VALUES (?, ?, ?, ?) ON CONFLICT (conversation_id) DO NOTHING""";
    private final UUID id;
    private final String priority;
    private final String contextKind;
    private long lastSequence;

    FreshResponseTargetConversation(UUID id, String priority, String contextKind, long sequence) {
        this.id = id;
        this.priority = priority;
        this.contextKind = contextKind;
        this.lastSequence = sequence;
    }

    void advance(long sequence) {
        lastSequence = Math.max(lastSequence, sequence);
    }

    @Override
    public void write(ProjectionWrites writes) {
        writes.update(CONVERSATION, id, id, priority, contextKind, lastSequence);
    }
}
