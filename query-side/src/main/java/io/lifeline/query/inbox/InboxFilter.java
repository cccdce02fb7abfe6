package io.lifeline.query.inbox;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Priority;
import java.time.Instant;
import java.util.UUID;

/**
 * What a staff member narrows the inbox to; null means any. {@code unassigned} asks for the queue
 * nobody holds, {@code assignee} for one staff member's conversations.
 */
record InboxFilter(ConversationStatus status, Priority priority, Channel channel, ContextKind context,
                   boolean unassigned, UUID assignee, String label, Instant from, Instant to) {

    /** Reads the {@code assignee} parameter: a staff id, {@code none}, or absent; {@code mine} wins over it. */
    static InboxFilter of(ConversationStatus status, Priority priority, Channel channel, ContextKind context,
                          String assignee, boolean mine, String caller, String label, Instant from, Instant to) {
        if (mine) {
            return new InboxFilter(status, priority, channel, context, false, UUID.fromString(caller), label, from, to);
        }
        boolean unassigned = "none".equals(assignee);
        UUID staff = assignee == null || unassigned ? null : parse(assignee);
        return new InboxFilter(status, priority, channel, context, unassigned, staff, label, from, to);
    }

    private static UUID parse(String assignee) {
        try {
            return UUID.fromString(assignee);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("assignee is a staff id or 'none'");
        }
    }
}
