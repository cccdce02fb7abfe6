package io.lifeline.command.publishing;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.stream.EventEnvelope;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.RevisionResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Wraps a stored event in the envelope outside consumers read. */
@Component
class EventEnvelopes {
    private final JsonMapper json;
    private final RevisionResolver revisions;

    EventEnvelopes(JsonMapper json, RevisionResolver revisions) {
        this.json = json;
        this.revisions = revisions;
    }

    EventEnvelope of(DomainEventMessage<?> message) {
        var metaData = message.getMetaData();
        return new EventEnvelope(message.getIdentifier(), message.getPayloadType().getSimpleName(),
                revisions.revisionOf(message.getPayloadType()), message.getAggregateIdentifier(),
                message.getSequenceNumber(), message.getTimestamp(), text(metaData.get(Actor.METADATA_KEY)),
                text(metaData.get(Actor.ROLE_METADATA_KEY)), text(metaData.get("causationId")),
                text(metaData.get("correlationId")), json.valueToTree(message.getPayload()));
    }

    String toJson(EventEnvelope envelope) {
        return json.writeValueAsString(envelope);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
