package io.lifeline.query.unread;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.MessagesRead;
import io.lifeline.contracts.conversation.StaffAssigned;
import io.lifeline.contracts.conversation.StaffJoined;
import io.lifeline.contracts.conversation.StaffLeft;
import io.lifeline.contracts.conversation.StaffUnassigned;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records messages (not private notes, which are other events) and read positions. A read position
 * only moves forward ({@code GREATEST}), so an older "read up to" arriving later changes nothing;
 * every change first advances the conversation's last applied sequence, so a repeat is ignored.
 */
@Component
@ProcessingGroup("unread")
class UnreadProjection {
    private final JdbcClient jdbc;

    UnreadProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO read_model.unread_conversation (conversation_id, device_id, last_sequence)
                        VALUES (:id, :device, :sequence) ON CONFLICT (conversation_id) DO NOTHING""")
                .param("id", event.conversationId().value()).param("device", event.device().value())
                .param("sequence", sequence).update();
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence) {
        if (!advance(event.conversationId(), sequence)) return;
        jdbc.sql("""
                        INSERT INTO read_model.unread_message (message_id, conversation_id, sequence, author)
                        VALUES (:message, :id, :sequence, :author)""")
                .param("message", event.messageId().value()).param("id", event.conversationId().value())
                .param("sequence", sequence).param("author", event.author().toString()).update();
    }

    @EventHandler
    void on(StaffJoined event, @SequenceNumber long sequence) {
        if (advance(event.conversationId(), sequence)) takePart(event.conversationId(), event.staffId(), "joined", true);
    }

    @EventHandler
    void on(StaffLeft event, @SequenceNumber long sequence) {
        if (advance(event.conversationId(), sequence)) takePart(event.conversationId(), event.staffId(), "joined", false);
    }

    @EventHandler
    void on(StaffAssigned event, @SequenceNumber long sequence) {
        if (!advance(event.conversationId(), sequence)) return;
        if (event.previousAssignee() != null) {
            takePart(event.conversationId(), event.previousAssignee(), "assigned", false);
        }
        takePart(event.conversationId(), event.assignee(), "assigned", true);
    }

    @EventHandler
    void on(StaffUnassigned event, @SequenceNumber long sequence) {
        if (advance(event.conversationId(), sequence)) {
            takePart(event.conversationId(), event.formerAssignee(), "assigned", false);
        }
    }

    @EventHandler
    void on(MessagesRead event, @SequenceNumber long sequence) {
        if (!advance(event.conversationId(), sequence)) return;
        if (event.participant().isStaff()) {
            staffRead(event.conversationId(), event.participant().staffId(), event.upToSequence());
        } else if (event.participant().isDevice()) {
            jdbc.sql("""
                            UPDATE read_model.unread_conversation SET device_read_up_to = GREATEST(device_read_up_to, :upTo)
                            WHERE conversation_id = :id""")
                    .param("id", event.conversationId().value()).param("upTo", event.upToSequence()).update();
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.unread_staff").update();
        jdbc.sql("DELETE FROM read_model.unread_message").update();
        jdbc.sql("DELETE FROM read_model.unread_conversation").update();
    }

    /** Records that a staff member joined or left, or was assigned or unassigned (column is a constant). */
    private void takePart(ConversationId id, StaffId staff, String column, boolean value) {
        jdbc.sql("INSERT INTO read_model.unread_staff (conversation_id, staff_id, " + column + ") VALUES (:id, :staff, :value) "
                        + "ON CONFLICT (conversation_id, staff_id) DO UPDATE SET " + column + " = EXCLUDED." + column)
                .param("id", id.value()).param("staff", staff.value()).param("value", value).update();
    }

    /** Records a staff member's read position, moving it forward only. */
    private void staffRead(ConversationId id, StaffId staff, long upTo) {
        jdbc.sql("""
                        INSERT INTO read_model.unread_staff (conversation_id, staff_id, read_up_to) VALUES (:id, :staff, :upTo)
                        ON CONFLICT (conversation_id, staff_id)
                        DO UPDATE SET read_up_to = GREATEST(unread_staff.read_up_to, EXCLUDED.read_up_to)""")
                .param("id", id.value()).param("staff", staff.value()).param("upTo", upTo).update();
    }

    /** Moves the conversation's last applied sequence forward; false when this event was applied already. */
    private boolean advance(ConversationId id, long sequence) {
        return jdbc.sql("UPDATE read_model.unread_conversation SET last_sequence = :sequence WHERE conversation_id = :id AND last_sequence < :sequence")
                .param("id", id.value()).param("sequence", sequence).update() == 1;
    }
}
