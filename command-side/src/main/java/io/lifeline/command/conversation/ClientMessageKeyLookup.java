package io.lifeline.command.conversation;

import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageAccepted;
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
 * Every client message id a conversation has stored, with the message id and sequence it got.
 * Its primary key also stops two concurrent resends: the second transaction fails and its retry
 * finds the first.
 */
@Component
@ProcessingGroup("conversation-lookups")
class ClientMessageKeyLookup implements SentMessages {
    private final JdbcClient jdbc;

    ClientMessageKeyLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MessageAccepted> find(ConversationId conversation, ClientMessageId clientMessageId) {
        return jdbc.sql("""
                        SELECT message_id, sequence_number FROM event_store.client_message_key
                        WHERE conversation_id = :conversation AND client_message_id = :client""")
                .param("conversation", conversation.value())
                .param("client", clientMessageId.value())
                .query((row, n) -> new MessageAccepted(conversation, new MessageId(row.getObject(1, UUID.class)),
                        row.getLong(2), true))
                .optional();
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO event_store.client_message_key (conversation_id, client_message_id, message_id, sequence_number)
                        VALUES (:conversation, :client, :message, :sequence)""")
                .param("conversation", event.conversationId().value())
                .param("client", event.clientMessageId().value())
                .param("message", event.messageId().value())
                .param("sequence", sequence)
                .update();
    }
}
