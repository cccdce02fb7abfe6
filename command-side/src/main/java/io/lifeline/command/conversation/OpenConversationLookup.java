package io.lifeline.command.conversation;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.ConversationClosed;
import io.lifeline.contracts.conversation.ConversationContext;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.ConversationStarted;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which unclosed conversation a device has per context, so starting again finds it. Written by a
 * subscribing processor in the same transaction as the events, so it is never behind the store.
 */
@Component
@ProcessingGroup("conversation-lookups")
class OpenConversationLookup implements OpenConversations {
    private final JdbcClient jdbc;

    OpenConversationLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises starts of one device until the transaction ends, so two taps open one conversation. */
    @Override
    public void lockStartsOf(DeviceId device) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:device, 7))")
                .param("device", device.value()).query().singleRow();
    }

    @Override
    public Optional<ConversationId> find(DeviceId device, ConversationContext context) {
        return jdbc.sql("""
                        SELECT conversation_id FROM event_store.open_conversation
                        WHERE device_id = :device AND context_kind = :kind AND reference_id = :reference""")
                .param("device", device.value())
                .param("kind", context.kind().name())
                .param("reference", referenceOf(context))
                .query(UUID.class).optional().map(ConversationId::new);
    }

    @EventHandler
    void on(ConversationStarted event) {
        // The newest conversation per context is the one a returning device continues.
        jdbc.sql("""
                        INSERT INTO event_store.open_conversation (device_id, context_kind, reference_id, conversation_id)
                        VALUES (:device, :kind, :reference, :conversation)
                        ON CONFLICT (device_id, context_kind, reference_id) DO UPDATE SET conversation_id = EXCLUDED.conversation_id""")
                .param("device", event.device().value())
                .param("kind", event.context().kind().name())
                .param("reference", referenceOf(event.context()))
                .param("conversation", event.conversationId().value())
                .update();
    }

    @EventHandler
    void on(ConversationClosed event) {
        jdbc.sql("DELETE FROM event_store.open_conversation WHERE conversation_id = :conversation")
                .param("conversation", event.conversationId().value()).update();
    }

    private static String referenceOf(ConversationContext context) {
        return context.referenceId() == null ? "" : context.referenceId();
    }
}
