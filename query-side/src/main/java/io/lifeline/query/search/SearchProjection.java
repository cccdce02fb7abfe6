package io.lifeline.query.search;

import io.lifeline.contracts.conversation.*;
import java.time.Instant;
import java.time.ZoneOffset;
import io.lifeline.query.filtering.ConversationFacts;
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
    private final ConversationFacts facts;

    SearchProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.facts = new ConversationFacts(jdbc, "read_model.search_conversation", "read_model.search_label");
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
        if (!facts.advance(event.conversationId(), sequence)) return;
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
        facts.priority(event.conversationId(), sequence, event.priority());
    }

    @EventHandler
    void on(StaffAssigned event, @SequenceNumber long sequence) {
        facts.assignee(event.conversationId(), sequence, event.assignee());
    }

    @EventHandler
    void on(StaffUnassigned event, @SequenceNumber long sequence) {
        facts.assignee(event.conversationId(), sequence, null);
    }

    @EventHandler
    void on(LabelAdded event, @SequenceNumber long sequence) {
        facts.labelAdded(event.conversationId(), sequence, event.label());
    }

    @EventHandler
    void on(LabelRemoved event, @SequenceNumber long sequence) {
        facts.labelRemoved(event.conversationId(), sequence, event.label());
    }

    @EventHandler
    void on(ConversationSnoozed event, @SequenceNumber long sequence) {
        facts.status(event.conversationId(), sequence, ConversationStatus.SNOOZED);
    }

    @EventHandler
    void on(ConversationResolved event, @SequenceNumber long sequence) {
        facts.status(event.conversationId(), sequence, ConversationStatus.RESOLVED);
    }

    @EventHandler
    void on(ConversationReopened event, @SequenceNumber long sequence) {
        facts.status(event.conversationId(), sequence, ConversationStatus.OPEN);
    }

    @EventHandler
    void on(ConversationClosed event, @SequenceNumber long sequence) {
        facts.status(event.conversationId(), sequence, ConversationStatus.CLOSED);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.search_message").update();
        jdbc.sql("DELETE FROM read_model.search_label").update();
        jdbc.sql("DELETE FROM read_model.search_conversation").update();
    }


}
