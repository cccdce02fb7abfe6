package io.lifeline.query.audit;

import io.lifeline.contracts.actor.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every stored event into the audit history. Keyed by the event's position in the store, so
 * handling an event twice writes it once; a rebuild clears only this projection's table.
 */
@Component
@ProcessingGroup("audit-trail")
class AuditTrailProjection {
    private final AuditTrailRepository entries;
    private final JsonMapper json;

    AuditTrailProjection(AuditTrailRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow();
        if (entries.existsById(position)) {
            return; // already recorded: handling is idempotent
        }
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
