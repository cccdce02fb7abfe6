package io.lifeline.command.conversation;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageAccepted;
import java.util.Optional;

/**
 * Finds a message already stored under a client id. Kept outside the aggregate so that a
 * conversation's snapshot does not grow with every message it ever had.
 */
interface SentMessages {
    Optional<MessageAccepted> find(ConversationId conversation, ClientMessageId clientMessageId);
}
