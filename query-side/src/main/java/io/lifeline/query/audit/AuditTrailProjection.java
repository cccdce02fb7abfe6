package io.lifeline.query.audit;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.query.batching.ProjectionWrites;
import io.lifeline.query.config.EventGlobalIndex;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Writes every stored event into the audit history, once: handling an event twice is recognised by
 * its global index, the table's key. A rebuild clears only this projection's table.
 * <p>
 * The entry's {@code position} is the event's own global index, read from the store
 * ({@link EventGlobalIndex}): not the processor's token position, which for an event that fills a
 * gap (its transaction committed after a later-numbered one's) is the highest index seen so far,
 * another event's.
 * <p>
 * The database numbers each row as it is written ({@code recorded_order}), and the history pages by
 * that number: this processor has one segment and commits one batch after another, in the order it
 * sees events (a gap in the store is handled when its transaction commits), so the numbers of
 * committed rows only ever grow and a reader's cursor never skips a late event. Give it one segment.
 * <p>
 * The entry's payload is the event's JSON as the store holds it (after any upcasting), taken from the
 * message without decoding the event and encoding it again.
 */
@Component
@ProcessingGroup("audit-trail")
class AuditTrailProjection {
    private final ProjectionWrites writes;
    private final Serializer eventSerializer;
    /** An event already recorded keeps its row: handling is idempotent. */
    private static final String INSERT = """
            INSERT INTO read_model.audit_trail_entry (global_index, event_id, aggregate_id, sequence_number,
                event_type, actor, actor_role, causation_id, correlation_id, occurred_at, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (global_index) DO NOTHING""";
    private final EventGlobalIndex globalIndex;

    AuditTrailProjection(ProjectionWrites writes, @Qualifier("eventSerializer") Serializer eventSerializer,
                         EventGlobalIndex globalIndex) {
        this.writes = writes;
        this.eventSerializer = eventSerializer;
        this.globalIndex = globalIndex;
    }

    @EventHandler
    void on(DomainEventMessage<?> message) {
        var metaData = message.getMetaData();
        // No key: rows are numbered as they are written, and in the order events come.
        writes.update(INSERT, null, globalIndex.of(message), message.getIdentifier(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), message.getPayloadType().getSimpleName(), text(metaData.get(Actor.METADATA_KEY)),
                text(metaData.get(Actor.ROLE_METADATA_KEY)), text(metaData.get("causationId")),
                text(metaData.get("correlationId")), message.getTimestamp().atOffset(ZoneOffset.UTC),
                message.serializePayload(eventSerializer, String.class).getData());
    }

    @ResetHandler
    void reset() {
        writes.clear("read_model.audit_trail_entry");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
