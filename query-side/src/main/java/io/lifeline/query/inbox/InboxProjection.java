package io.lifeline.query.inbox;

import io.lifeline.contracts.conversation.*;
import java.sql.Types;
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
 * Keeps one inbox row per conversation. Every change first advances the row's last applied
 * sequence, and applies only if that moved: handling an event twice changes nothing.
 */
@Component
@ProcessingGroup("inbox")
class InboxProjection {
    static final int PREVIEW_LENGTH = 140;
    private final JdbcClient jdbc;
    private final ConversationFacts facts;

    InboxProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.facts = new ConversationFacts(jdbc, "read_model.inbox_conversation", "read_model.inbox_label");
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Location location = event.location();
        jdbc.sql("""
                        INSERT INTO read_model.inbox_conversation (conversation_id, device_id, status, priority, channel, context_kind,
                            context_reference, subject, latitude, longitude, accuracy_meters, created_at, last_sequence)
                        VALUES (:id, :device, 'OPEN', :priority, :channel, :kind, :reference, :subject, :latitude, :longitude,
                            :accuracy, :at, :sequence)
                        ON CONFLICT (conversation_id) DO NOTHING""")
                .param("id", event.conversationId().value()).param("device", event.device().value())
                .param("priority", event.priority().name()).param("channel", event.channel().name())
                .param("kind", event.context().kind().name()).param("reference", event.context().referenceId())
                .param("subject", event.subject())
                .param("latitude", location == null ? null : location.latitude(), Types.DOUBLE)
                .param("longitude", location == null ? null : location.longitude(), Types.DOUBLE)
                .param("accuracy", location == null ? null : location.accuracyMeters(), Types.DOUBLE)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("sequence", sequence)
                .update();
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (!facts.advance(event.conversationId(), sequence)) return;
        String waiting = event.author().isDevice()
                ? "waiting_since = COALESCE(waiting_since, :at), has_urgent = has_urgent OR :urgent,"
                : event.author().isStaff() ? "waiting_since = NULL, has_urgent = FALSE," : ""; // a rule's message answers no one
        jdbc.sql("UPDATE read_model.inbox_conversation SET " + waiting + """
                         last_message_sequence = :sequence, last_message_at = :at, last_message_preview = :preview
                        WHERE conversation_id = :id""")
                .param("id", event.conversationId().value()).param("sequence", sequence)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("urgent", event.urgent())
                .param("preview", preview(event.content())).update();
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
        // Settled: nothing waits any more, so a later message starts a fresh wait rather than jumping the queue.
        facts.set(event.conversationId(), sequence, "status = :value, waiting_since = NULL, has_urgent = FALSE",
                ConversationStatus.RESOLVED.name());
    }

    @EventHandler
    void on(ConversationReopened event, @SequenceNumber long sequence) {
        facts.status(event.conversationId(), sequence, ConversationStatus.OPEN);
    }

    @EventHandler
    void on(ConversationClosed event, @SequenceNumber long sequence) {
        // Settled: nothing waits any more, so a later message starts a fresh wait rather than jumping the queue.
        facts.set(event.conversationId(), sequence, "status = :value, waiting_since = NULL, has_urgent = FALSE",
                ConversationStatus.CLOSED.name());
    }

    /** Events that change nothing shown (joins, reads, notes) still move the row's last applied sequence. */
    @EventHandler
    void on(ConversationEvent event, @SequenceNumber long sequence) {
        facts.advance(event.conversationId(), sequence);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM read_model.inbox_label").update();
        jdbc.sql("DELETE FROM read_model.inbox_conversation").update();
    }

    static String preview(MessageContent content) {
        if (content.body() == null) return "[" + content.kind().name().toLowerCase(java.util.Locale.ROOT) + "]";
        String text = content.body().text().strip();
        if (text.codePointCount(0, text.length()) <= PREVIEW_LENGTH) return text;
        return text.substring(0, text.offsetByCodePoints(0, PREVIEW_LENGTH - 1)) + "…"; // never splits a character
    }


}
