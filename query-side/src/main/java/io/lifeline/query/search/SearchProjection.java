package io.lifeline.query.search;

import io.lifeline.contracts.conversation.*;
import io.lifeline.query.batching.ProjectionWrites;
import io.lifeline.query.filtering.ConversationFacts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Indexes the text of messages (never private notes) and keeps the filter fields of their
 * conversation. Every change advances the conversation's last applied sequence, and applies only if
 * that moved, in one statement: handling an event twice changes nothing. During a rebuild (the tables
 * start empty) a conversation started in the current batch is held in memory with the batch's later
 * messages ({@link FreshSearchConversation}) and inserted once.
 */
@Component
@ProcessingGroup("search")
class SearchProjection {
    private static final String MESSAGE = """
            WITH moved AS (UPDATE read_model.search_conversation SET last_sequence = ?
                           WHERE conversation_id = ? AND last_sequence < ? RETURNING conversation_id)
            INSERT INTO read_model.search_message (message_id, conversation_id, sequence, author, sent_at, body)
            SELECT ?, conversation_id, ?, ?, ?, ? FROM moved""";
    private final ProjectionWrites writes;
    private final ConversationFacts facts;

    SearchProjection(ProjectionWrites writes) {
        this.writes = writes;
        this.facts = new ConversationFacts(writes, "read_model.search_conversation", "read_model.search_label");
    }

    @EventHandler
    void on(ConversationStarted event, @SequenceNumber long sequence, ReplayStatus replay) {
        UUID id = event.conversationId().value();
        var started = new FreshSearchConversation(id, event.priority().name(), event.channel().name(),
                event.context().kind().name(), sequence);
        if (!(replay.isReplay() && writes.hold(id, started))) {
            started.write(writes); // with no message folded in: the conversation's row alone
        }
    }

    @EventHandler
    void on(MessageSent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        MessageContent content = event.content();
        boolean searchable = content.kind() == MessageKind.TEXT && content.body() != null; // only typed text
        UUID id = event.conversationId().value();
        FreshSearchConversation fresh = writes.held(id, FreshSearchConversation.class);
        if (fresh != null) {
            if (searchable) {
                fresh.message(sequence, event.messageId().value(), event.author().toString(), at.atOffset(ZoneOffset.UTC),
                        content.body().text());
            } else {
                fresh.advance(sequence);
            }
        } else if (searchable) {
            writes.update(MESSAGE, id, sequence, id, sequence, event.messageId().value(), sequence, event.author().toString(),
                    at.atOffset(ZoneOffset.UTC), content.body().text());
        } else {
            facts.advance(event.conversationId(), sequence);
        }
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
        writes.clear("read_model.search_message", "read_model.search_label", "read_model.search_conversation");
    }
}
