package io.lifeline.query.audit;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.query.config.EventGlobalIndex;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every stored event into the audit history, once: handling an event twice is recognised by
 * its event id. A rebuild clears only this projection's table.
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
 */
@Component
@ProcessingGroup("audit-trail")
class AuditTrailProjection {
    private final AuditTrailRepository entries;
    private final JsonMapper json;
    private final EventGlobalIndex globalIndex;

    AuditTrailProjection(AuditTrailRepository entries, JsonMapper json, EventGlobalIndex globalIndex) {
        this.entries = entries;
        this.json = json;
        this.globalIndex = globalIndex;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        if (entries.existsByEventId(message.getIdentifier())) {
            return; // already recorded: handling is idempotent
        }
        long position = globalIndex.of(message);
        var metaData = message.getMetaData();
        entries.save(new AuditTrailEntry(position, message.getIdentifier(), message.getAggregateIdentifier(),
                message.getSequenceNumber(), event.getClass().getSimpleName(),
                text(metaData.get(Actor.METADATA_KEY)), text(metaData.get(Actor.ROLE_METADATA_KEY)),
                text(metaData.get("causationId")), text(metaData.get("correlationId")), message.getTimestamp(),
                json.writeValueAsString(event)));
    }

    @ResetHandler
    void reset() {
        entries.deleteAllInBatch();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
