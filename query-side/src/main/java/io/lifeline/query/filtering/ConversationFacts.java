package io.lifeline.query.filtering;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Label;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.query.batching.ProjectionWrites;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a conversation's filter facts in one projection's tables: a conversation table with
 * {@code status}, {@code priority}, {@code assignee} and {@code last_sequence}, and a label table.
 * Every change advances the last applied sequence and applies only if it moved, both in one
 * statement, so handling an event twice changes nothing. Table names are constants of the
 * projection, never input. Writes go through {@link ProjectionWrites}, keyed by conversation.
 */
public final class ConversationFacts {
    private final ProjectionWrites writes;
    private final String conversations;
    private final String advance;
    private final String labelAdded;
    private final String labelRemoved;
    /** The guarded update for each assignment a projection uses: built once, not per event. */
    private final Map<String, String> assignments = new ConcurrentHashMap<>();

    public ConversationFacts(ProjectionWrites writes, String conversationTable, String labelTable) {
        this.writes = writes;
        this.conversations = conversationTable;
        this.advance = "UPDATE " + conversationTable + " SET last_sequence = ? WHERE conversation_id = ? AND last_sequence < ?";
        String moved = "WITH moved AS (" + advance + " RETURNING conversation_id) ";
        this.labelAdded = moved + "INSERT INTO " + labelTable + " (conversation_id, label) SELECT conversation_id, ? FROM moved "
                + "ON CONFLICT DO NOTHING";
        this.labelRemoved = moved + "DELETE FROM " + labelTable + " l USING moved "
                + "WHERE l.conversation_id = moved.conversation_id AND l.label = ?";
    }

    /** Moves the conversation's last applied sequence forward, unless this event was applied already. */
    public void advance(ConversationId id, long sequence) {
        UUID conversation = id.value();
        writes.update(advance, conversation, sequence, conversation, sequence);
    }

    /** Applies {@code assignment} (with one {@code ?} for {@code value}) once per event. */
    public void set(ConversationId id, long sequence, String assignment, Object value) {
        UUID conversation = id.value();
        String sql = assignments.computeIfAbsent(assignment, a -> "UPDATE " + conversations + " SET last_sequence = ?, " + a
                + " WHERE conversation_id = ? AND last_sequence < ?");
        writes.update(sql, conversation, sequence, value, conversation, sequence);
    }

    public void status(ConversationId id, long sequence, ConversationStatus status) {
        set(id, sequence, "status = ?", status.name());
    }

    public void priority(ConversationId id, long sequence, Priority priority) {
        set(id, sequence, "priority = ?", priority.name());
    }

    /** The new assignee, or none. */
    public void assignee(ConversationId id, long sequence, StaffId staff) {
        set(id, sequence, "assignee = CAST(? AS UUID)", staff == null ? null : staff.value());
    }

    public void labelAdded(ConversationId id, long sequence, Label label) {
        UUID conversation = id.value();
        writes.update(labelAdded, conversation, sequence, conversation, sequence, label.value());
    }

    public void labelRemoved(ConversationId id, long sequence, Label label) {
        UUID conversation = id.value();
        writes.update(labelRemoved, conversation, sequence, conversation, sequence, label.value());
    }
}
