package io.lifeline.command.conversation;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.conversation.ConversationId;

/** Refused because the conversation does not exist or is not the caller's to see; both answer alike. */
class ConversationNotFound extends CommandRefused {
    ConversationNotFound(ConversationId id) {
        super(Reason.NOT_FOUND, "conversation-not-found", "no conversation " + id);
    }
}
