package io.lifeline.query.search;

import io.lifeline.contracts.conversation.Channel;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.ConversationStatus;
import io.lifeline.contracts.conversation.Priority;
import java.util.UUID;

/** The inbox's filters, applied to the conversation of each matching message; null means any. */
record SearchFilter(ConversationStatus status, Priority priority, Channel channel, ContextKind context,
                    boolean unassigned, UUID assignee, String label) {

    /** Reads the {@code assignee} parameter: a staff id, {@code none}, or absent; {@code mine} wins over it. */
    static SearchFilter of(ConversationStatus status, Priority priority, Channel channel, ContextKind context,
                           String assignee, boolean mine, String caller, String label) {
        if (mine) return new SearchFilter(status, priority, channel, context, false, UUID.fromString(caller), label);
        boolean unassigned = "none".equals(assignee);
        UUID staff;
        try {
            staff = assignee == null || unassigned ? null : UUID.fromString(assignee);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("assignee is a staff id or 'none'");
        }
        return new SearchFilter(status, priority, channel, context, unassigned, staff, label);
    }
}
