package io.lifeline.contracts.stream;

import io.lifeline.contracts.actor.Actor;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.RevisionResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One stored conversation event as it travels on Kafka. Consumers treat delivery as at least once
 * and drop what they have seen by (conversationId, sequence).
 *
 * @param eventId        the event's unique id in the store
 * @param type           the event's simple name, such as {@code MessageSent}
 * @param revision       the payload's revision, for upcasting on the consumer side
 * @param conversationId the conversation (also the Kafka key)
 * @param sequence       the event's sequence number within its conversation, from 0
 * @param timestamp      when the event was stored
 * @param actor          who caused it ({@code device:...}, {@code staff:...} or {@code system:...})
 * @param actorRole      the staff actor's role then, or null
 * @param causationId    the id of the message that caused it
 * @param correlationId  the id of the first message of its chain
 * @param payload        the event's fields as stored
 */
public record EventEnvelope(String eventId, String type, String revision, String conversationId, long sequence,
                            Instant timestamp, String actor, String actorRole, String causationId,
                            String correlationId, JsonNode payload) {
    /** Wraps a stored event; the same form whether it travels on Kafka or is read back from the store. */
    public static EventEnvelope of(DomainEventMessage<?> message, JsonMapper json, RevisionResolver revisions) {
        var metaData = message.getMetaData();
        return new EventEnvelope(message.getIdentifier(), message.getPayloadType().getSimpleName(),
                revisions.revisionOf(message.getPayloadType()), message.getAggregateIdentifier(),
                message.getSequenceNumber(), message.getTimestamp(), text(metaData.get(Actor.METADATA_KEY)),
                text(metaData.get(Actor.ROLE_METADATA_KEY)), text(metaData.get("causationId")),
                text(metaData.get("correlationId")), json.valueToTree(message.getPayload()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
