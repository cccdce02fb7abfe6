package io.lifeline.command.conversation;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.MessageSent;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every client message id each author stored in a conversation, with the message id and sequence it
 * got and a fingerprint of what it said (to tell a resend from a reused id without the history).
 * Its primary key also stops two concurrent resends: the second transaction fails and its retry
 * finds the first. Read and written for every message sent, so with positional parameters (named
 * ones are parsed on every call).
 */
@Component
@ProcessingGroup("conversation-lookups")
class ClientMessageKeyLookup implements SentMessages {
    private final JdbcClient jdbc;

    ClientMessageKeyLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SentMessage> find(ConversationId conversation, Actor author, ClientMessageId clientMessageId) {
        return jdbc.sql("""
                        SELECT message_id, sequence_number, content_fingerprint FROM event_store.client_message_key
                        WHERE conversation_id = ? AND author = ? AND client_message_id = ?""")
                .param(conversation.value())
                .param(author.toString())
                .param(clientMessageId.value())
                .query((row, n) -> new SentMessage(new MessageId(row.getObject(1, UUID.class)), row.getLong(2),
                        row.getString(3)))
                .optional();
    }

    @Override
    public boolean contains(ConversationId conversation, MessageId message) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM event_store.client_message_key
                                       WHERE conversation_id = :conversation AND message_id = :message)""")
                .param("conversation", conversation.value())
                .param("message", message.value())
                .query(Boolean.class)
                .single();
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO event_store.client_message_key
                            (conversation_id, author, client_message_id, message_id, sequence_number, content_fingerprint)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .param(event.conversationId().value())
                .param(event.author().toString())
                .param(event.clientMessageId().value())
                .param(event.messageId().value())
                .param(sequence)
                .param(MessageFingerprint.of(event.content(), event.replyTo()))
                .update();
    }
}
