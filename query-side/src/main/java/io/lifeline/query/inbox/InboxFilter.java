package io.lifeline.query.inbox;

import io.lifeline.query.filtering.AssigneeChoice;
import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Priority;
import java.time.Instant;
import java.util.UUID;

/**
 * What a staff member narrows the inbox to; null means any. {@code unassigned} asks for the queue
 * nobody holds, {@code assignee} for one staff member's conversations, {@code missed} for those that
 * missed a response target.
 */
record InboxFilter(ConversationStatus status, Priority priority, Channel channel, ContextKind context,
                   boolean unassigned, UUID assignee, String label, Instant from, Instant to, boolean missed) {

    /** Reads the {@code assignee} parameter: a staff id, {@code none}, or absent; {@code mine} wins over it. */
    static InboxFilter of(ConversationStatus status, Priority priority, Channel channel, ContextKind context,
                          String assignee, boolean mine, String caller, String label, Instant from, Instant to) {
        return of(status, priority, channel, context, assignee, mine, caller, label, from, to, false);
    }

    /** As above; {@code missed} keeps only conversations that missed a response target. */
    static InboxFilter of(ConversationStatus status, Priority priority, Channel channel, ContextKind context,
                          String assignee, boolean mine, String caller, String label, Instant from, Instant to,
                          boolean missed) {
        AssigneeChoice whose = AssigneeChoice.read(assignee, mine, caller);
        return new InboxFilter(status, priority, channel, context, whose.unassigned(), whose.staff(), label, from, to, missed);
    }
}
