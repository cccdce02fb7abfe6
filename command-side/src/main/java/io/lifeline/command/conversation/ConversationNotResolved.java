package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationStatus;

/** Refused because a conversation is rated once it is resolved, and before it is closed. */
class ConversationNotResolved extends CommandRefused {
    ConversationNotResolved(ConversationId id, ConversationStatus status) {
        super(Reason.CONFLICT, "conversation-not-resolved", "conversation " + id + " is "
                + status.name().toLowerCase(java.util.Locale.ROOT) + ", not resolved");
    }
}
