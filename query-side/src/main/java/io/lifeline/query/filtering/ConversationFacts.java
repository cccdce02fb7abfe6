package io.lifeline.query.filtering;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Label;
import io.lifeline.contracts.conversation.Priority;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps a conversation's filter facts in one projection's tables: a conversation table with
 * {@code status}, {@code priority}, {@code assignee} and {@code last_sequence}, and a label table.
 * Every change first advances the last applied sequence and applies only if it moved, so handling
 * an event twice changes nothing. Table names are constants of the projection, never input.
 */
public final class ConversationFacts {
    private final JdbcClient jdbc;
    private final String conversations;
    private final String labels;

    public ConversationFacts(JdbcClient jdbc, String conversationTable, String labelTable) {
        this.jdbc = jdbc;
        this.conversations = conversationTable;
        this.labels = labelTable;
    }

    /** Moves the conversation's last applied sequence forward; false when this event was applied already. */
    public boolean advance(ConversationId id, long sequence) {
        return jdbc.sql("UPDATE " + conversations + " SET last_sequence = :sequence"
                        + " WHERE conversation_id = :id AND last_sequence < :sequence")
                .param("id", id.value()).param("sequence", sequence).update() == 1;
    }

    /** Applies {@code assignment} (which may use {@code :value}) once per event. */
    public void set(ConversationId id, long sequence, String assignment, Object value) {
        if (!advance(id, sequence)) return;
        jdbc.sql("UPDATE " + conversations + " SET " + assignment + " WHERE conversation_id = :id")
                .param("id", id.value()).param("value", value).update();
    }

    public void status(ConversationId id, long sequence, ConversationStatus status) {
        set(id, sequence, "status = :value", status.name());
    }

    public void priority(ConversationId id, long sequence, Priority priority) {
        set(id, sequence, "priority = :value", priority.name());
    }

    /** The new assignee, or none. */
    public void assignee(ConversationId id, long sequence, StaffId staff) {
        set(id, sequence, "assignee = CAST(:value AS UUID)", staff == null ? null : staff.value());
    }

    public void labelAdded(ConversationId id, long sequence, Label label) {
        if (!advance(id, sequence)) return;
        jdbc.sql("INSERT INTO " + labels + " (conversation_id, label) VALUES (:id, :label) ON CONFLICT DO NOTHING")
                .param("id", id.value()).param("label", label.value()).update();
    }

    public void labelRemoved(ConversationId id, long sequence, Label label) {
        if (!advance(id, sequence)) return;
        jdbc.sql("DELETE FROM " + labels + " WHERE conversation_id = :id AND label = :label")
                .param("id", id.value()).param("label", label.value()).update();
    }
}
