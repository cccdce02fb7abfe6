package io.lifeline.query.search;

import io.lifeline.query.filtering.AssigneeChoice;
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
        AssigneeChoice whose = AssigneeChoice.read(assignee, mine, caller);
        return new SearchFilter(status, priority, channel, context, whose.unassigned(), whose.staff(), label);
    }
}
