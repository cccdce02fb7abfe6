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
import io.lifeline.query.batching.ProjectionWrites;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Records messages (not private notes, which are other events) and read positions. A read position
 * only moves forward ({@code GREATEST}), so an older "read up to" arriving later changes nothing;
 * every change first advances the conversation's last applied sequence and builds on that advance
 * in the same statement ({@code moved}), so a repeat is ignored. During a rebuild (the tables start
 * empty) a conversation started in the current batch is held in memory with the batch's later
 * messages ({@link FreshUnread}) and inserted once.
 */
@Component
@ProcessingGroup("unread")
class UnreadProjection {
    /** The advance every change builds on: no row in {@code moved} when the event was applied already. */
    private static final String MOVED = """
            WITH moved AS (UPDATE read_model.unread_conversation SET last_sequence = ?
                           WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id)
            """;
    private static final String MESSAGE = MOVED + """
            INSERT INTO read_model.unread_message (message_id, conversation_id, sequence, author)
            SELECT ?, conversation_id, ?, ? FROM moved""";
    private static final String ADVANCE =
            "UPDATE read_model.unread_conversation SET last_sequence = ? WHERE conversation_id = ? AND last_sequence < ?";
    private static final String JOINED = MOVED + takePart("joined");
    private static final String ASSIGNED = MOVED + takePart("assigned");
    /** The device's position lives on the conversation row: one update, never two of one row in a statement. */
    private static final String DEVICE_READ = """
            UPDATE read_model.unread_conversation SET last_sequence = ?, device_read_up_to = GREATEST(device_read_up_to, ?)
            WHERE conversation_id = ? AND last_sequence < ?""";
    private static final String STAFF_READ = MOVED + """
            INSERT INTO read_model.unread_staff (conversation_id, staff_id, read_up_to) SELECT conversation_id, ?, ? FROM moved
            ON CONFLICT (conversation_id, staff_id)
            DO UPDATE SET read_up_to = GREATEST(unread_staff.read_up_to, EXCLUDED.read_up_to)""";
    private final ProjectionWrites writes;

    UnreadProjection(ProjectionWrites writes) {
        this.writes = writes;
    }

    /** Records that a staff member joined or left, or was assigned or unassigned (column is a constant). */
    private static String takePart(String column) {
        return "INSERT INTO read_model.unread_staff (conversation_id, staff_id, " + column + ") SELECT conversation_id, ?, ? FROM moved "
                + "ON CONFLICT (conversation_id, staff_id) DO UPDATE SET " + column + " = EXCLUDED." + column;
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence, ReplayStatus replay) {
        UUID id = event.conversationId().value();
        var started = new FreshUnread(id, event.device().value(), sequence);
        if (!(replay.isReplay() && writes.hold(id, started))) {
            started.write(writes); // with no message folded in: the conversation's row alone
        }
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        FreshUnread fresh = writes.held(id, FreshUnread.class);
        if (fresh != null) {
            fresh.message(sequence, event.messageId().value(), event.author().toString());
            return;
        }
        writes.update(MESSAGE, id, sequence, id, sequence, event.messageId().value(), sequence, event.author().toString());
    }

    @EventHandler
    void on(StaffJoined event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        writes.update(JOINED, id, sequence, id, sequence, event.staffId().value(), true);
    }

    @EventHandler
    void on(StaffLeft event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        writes.update(JOINED, id, sequence, id, sequence, event.staffId().value(), false);
    }

    @EventHandler
    void on(StaffAssigned event, @SequenceNumber long sequence) {
        // Two changes of one table in one statement would not see each other: this one asks whether it applies.
        if (!advance(event.conversationId(), sequence)) return;
        if (event.previousAssignee() != null) {
            takePartNow(event.conversationId(), event.previousAssignee(), "assigned", false);
        }
        takePartNow(event.conversationId(), event.assignee(), "assigned", true);
    }

    @EventHandler
    void on(StaffUnassigned event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        writes.update(ASSIGNED, id, sequence, id, sequence, event.formerAssignee().value(), false);
    }

    @EventHandler
    void on(MessagesRead event, @SequenceNumber long sequence) {
        UUID id = event.conversationId().value();
        if (event.participant().isStaff()) {
            writes.update(STAFF_READ, id, sequence, id, sequence, event.participant().staffId().value(), event.upToSequence());
        } else if (event.participant().isDevice()) {
            writes.update(DEVICE_READ, id, sequence, event.upToSequence(), id, sequence);
        } else {
            writes.update(ADVANCE, id, sequence, id, sequence);
        }
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.unread_staff", "read_model.unread_message", "read_model.unread_conversation");
    }

    private void takePartNow(ConversationId id, StaffId staff, String column, boolean value) {
        writes.updateNow("INSERT INTO read_model.unread_staff (conversation_id, staff_id, " + column + ") VALUES (?, ?, ?) "
                + "ON CONFLICT (conversation_id, staff_id) DO UPDATE SET " + column + " = EXCLUDED." + column,
                id.value(), staff.value(), value);
    }

    /** Moves the conversation's last applied sequence forward; false when this event was applied already. */
    private boolean advance(ConversationId id, long sequence) {
        return writes.updateNow(ADVANCE, sequence, id.value(), sequence) == 1;
    }
}
