package io.lifeline.command.conversation;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import java.util.Optional;

/**
 * The messages stored in each conversation: by the client id their author gave (ids are unique per
 * author, not per conversation), and by message id, for replies. Kept outside the aggregate so that
 * its snapshot does not grow with every message.
 */
interface SentMessages {
    Optional<SentMessage> find(ConversationId conversation, Actor author, ClientMessageId clientMessageId);

    boolean contains(ConversationId conversation, MessageId message);

    /**
     * A stored message under a client id.
     *
     * @param fingerprint its {@link MessageFingerprint}, or null for messages stored before fingerprints were kept
     */
    record SentMessage(MessageId messageId, long sequence, String fingerprint) {
        /** Whether a send repeats this message; one stored without a fingerprint is taken for a resend, as it always was. */
        boolean isResentAs(MessageContent content, MessageId replyTo) {
            return fingerprint == null || fingerprint.equals(MessageFingerprint.of(content, replyTo));
        }
    }
}
