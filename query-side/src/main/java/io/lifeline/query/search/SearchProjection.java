package io.lifeline.query.search;

import io.lifeline.contracts.conversation.*;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes the text of messages (never private notes) and keeps the filter fields of their
 * conversation. Every change first advances the conversation's last applied sequence, and applies
 * only if that moved: handling an event twice changes nothing.
 */
@Component
@ProcessingGroup("search")
class SearchProjection {
    private final JdbcClient jdbc;

    SearchProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence) {
        jdbc.sql("""
                        INSERT INTO read_model.search_conversation (conversation_id, status, priority, channel, context_kind, last_sequence)
                        VALUES (:id, 'OPEN', :priority, :channel, :kind, :sequence)
                        ON CONFLICT (conversation_id) DO NOTHING""")
                .param("id", event.conversationId().value()).param("priority", event.priority().name())
                .param("channel", event.channel().name()).param("kind", event.context().kind().name())
                .param("sequence", sequence).update();
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!advance(event.conversationId(), sequence)) return;
        MessageContent content = event.content();
        if (content.kind() != MessageKind.TEXT || content.body() == null) return; // only typed text is searchable
        jdbc.sql("""
                        INSERT INTO read_model.search_message (message_id, conversation_id, sequence, author, sent_at, body)
                        VALUES (:message, :id, :sequence, :author, :at, :body)""")
                .param("id", event.conversationId().value()).param("sequence", sequence)
                .param("message", event.messageId().value()).param("author", event.author().toString())
                .param("at", at.atOffset(ZoneOffset.UTC)).param("body", content.body().text()).update();
    }

    @EventHandler
    void on(PriorityChanged event, @SequenceNumber long sequence) {
        set(event.conversationId(), sequence, "priority = :value", event.priority().name());
    }

    @EventHandler
    void on(StaffAssigned event, @SequenceNumber long sequence) {
        set(event.conversationId(), sequence, "assignee = :value", event.assignee().value());
    }

    @EventHandler
    void on(StaffUnassigned event, @SequenceNumber long sequence) {
        set(event.conversationId(), sequence, "assignee = CAST(:value AS UUID)", null);
    }

    @EventHandler
    void on(LabelAdded event, @SequenceNumber long sequence) {
        if (!advance(event.conversationId(), sequence)) return;
        jdbc.sql("INSERT INTO read_model.search_label (conversation_id, label) VALUES (:id, :label) ON CONFLICT DO NOTHING")
                .param("id", event.conversationId().value()).param("label", event.label().value()).update();
    }

    @EventHandler
    void on(LabelRemoved event, @SequenceNumber long sequence) {
        if (!advance(event.conversationId(), sequence)) return;
        jdbc.sql("DELETE FROM read_model.search_label WHERE conversation_id = :id AND label = :label")
                .param("id", event.conversationId().value()).param("label", event.label().value()).update();
    }

    @EventHandler
    void on(ConversationSnoozed event, @SequenceNumber long sequence) {
        set(event.conversationId(), sequence, "status = :value", ConversationStatus.SNOOZED.name());
    }

    @EventHandler
    void on(ConversationResolved event, @SequenceNumber long sequence) {
        set(event.conversationId(), sequence, "status = :value", ConversationStatus.RESOLVED.name());
    }

    @EventHandler
    void on(ConversationReopened event, @SequenceNumber long sequence) {
        set(event.conversationId(), sequence, "status = :value", ConversationStatus.OPEN.name());
    }

    @EventHandler
    void on(ConversationClosed event, @SequenceNumber long sequence) {
        set(event.conversationId(), sequence, "status = :value", ConversationStatus.CLOSED.name());
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.search_message").update();
        jdbc.sql("DELETE FROM read_model.search_label").update();
        jdbc.sql("DELETE FROM read_model.search_conversation").update();
    }

    private void set(ConversationId id, long sequence, String assignment, Object value) {
        if (!advance(id, sequence)) return;
        jdbc.sql("UPDATE read_model.search_conversation SET " + assignment + " WHERE conversation_id = :id")
                .param("id", id.value()).param("value", value).update();
    }

    /** Moves the conversation's last applied sequence forward; false when this event was applied already. */
    private boolean advance(ConversationId id, long sequence) {
        return jdbc.sql("UPDATE read_model.search_conversation SET last_sequence = :sequence WHERE conversation_id = :id AND last_sequence < :sequence")
                .param("id", id.value()).param("sequence", sequence).update() == 1;
    }
}
