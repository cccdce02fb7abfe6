package io.lifeline.command.conversation;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageAccepted;
import io.lifeline.contracts.conversation.MessageId;
import java.util.Optional;

/**
 * The messages stored in each conversation: by the client id their author gave (ids are unique per
 * author, not per conversation), and by message id, for replies. Kept outside the aggregate so that
 * its snapshot does not grow with every message.
 */
interface SentMessages {
    Optional<MessageAccepted> find(ConversationId conversation, Actor author, ClientMessageId clientMessageId);

    boolean contains(ConversationId conversation, MessageId message);
}
