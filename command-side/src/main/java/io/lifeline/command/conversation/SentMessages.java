package io.lifeline.command.conversation;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageAccepted;
import java.util.Optional;

/**
 * Finds a message its author already stored under a client id (ids are unique per author, not
 * per conversation). Kept outside the aggregate so that its snapshot does not grow with every message.
 */
interface SentMessages {
    Optional<MessageAccepted> find(ConversationId conversation, Actor author, ClientMessageId clientMessageId);
}
