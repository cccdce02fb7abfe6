package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.ConversationId;

/** Refused because a closed conversation takes nothing new. */
class ConversationIsClosed extends CommandRefused {
    ConversationIsClosed(ConversationId id) {
        super(Reason.CONFLICT, "conversation-closed", "conversation " + id + " is closed");
    }
}
