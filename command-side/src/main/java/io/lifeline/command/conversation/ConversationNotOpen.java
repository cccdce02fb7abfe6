package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationStatus;

/** Refused because only an open conversation can be snoozed. */
class ConversationNotOpen extends CommandRefused {
    ConversationNotOpen(ConversationId id, ConversationStatus status) {
        super(Reason.CONFLICT, "conversation-not-open", "conversation " + id + " is " + status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
