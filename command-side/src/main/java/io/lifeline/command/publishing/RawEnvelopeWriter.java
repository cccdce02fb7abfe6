package io.lifeline.command.publishing;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.stream.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Writes a stored event's {@link EventEnvelope} JSON from the stored bytes: the payload as stored
 * (after upcasting) goes in as it is, and the four metadata values it carries are picked out of the
 * stored metadata, so neither is read into objects and written out again. Given the serializer the
 * store read the event with, Axon hands the stored form over unchanged. Where the stored form is
 * not today's (an older revision no upcaster brought up to date, a metadata value that is not
 * text), the event is read into objects and written as {@link EventEnvelope#of} does.
 */
@Component
class RawEnvelopeWriter {
    private final Serializer eventSerializer;
    private final JsonMapper json;
    private final RevisionResolver revisions;

    RawEnvelopeWriter(@Qualifier("eventSerializer") Serializer eventSerializer, JsonMapper json,
                      RevisionResolver revisions) {
        this.eventSerializer = eventSerializer;
        this.json = json;
        this.revisions = revisions;
    }

    String write(DomainEventMessage<?> message) {
        SerializedObject<byte[]> payload = message.serializePayload(eventSerializer, byte[].class);
        String revision = revisions.revisionOf(message.getPayloadType());
        MetaDataValues values = metaDataValues(message.serializeMetaData(eventSerializer, byte[].class).getData());
        if (values == null || !Objects.equals(payload.getType().getRevision(), revision)) {
            // Not today's form (an older revision no upcaster brought up to date): read and write it anew.
            return json.writeValueAsString(EventEnvelope.of(message, json, revisions));
        }
        String stored = new String(payload.getData(), StandardCharsets.UTF_8);
        return json.writeValueAsString(new EventEnvelope(message.getIdentifier(),
                message.getPayloadType().getSimpleName(), revision, message.getAggregateIdentifier(),
                message.getSequenceNumber(), message.getTimestamp(), values.actor, values.actorRole,
                values.causationId, values.correlationId, json.getNodeFactory().rawValueNode(new RawValue(stored))));
    }

    /** The envelope's metadata values from the stored metadata object, or null where one is not text. */
    private MetaDataValues metaDataValues(byte[] metaData) {
        MetaDataValues values = new MetaDataValues();
        try (JsonParser parser = json.createParser(metaData)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!values.wants(name)) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING) {
                    values.set(name, parser.getString());
                } else if (value != JsonToken.VALUE_NULL) {
                    return null;
                }
            }
        }
        return values;
    }

    /** Who caused an event and in answer to what, as its metadata says. */
    private static final class MetaDataValues {
        String actor;
        String actorRole;
        String causationId;
        String correlationId;

        boolean wants(String name) {
            return switch (name) {
                case Actor.METADATA_KEY, Actor.ROLE_METADATA_KEY, "causationId", "correlationId" -> true;
                default -> false;
            };
        }

        void set(String name, String value) {
            switch (name) {
                case Actor.METADATA_KEY -> actor = value;
                case Actor.ROLE_METADATA_KEY -> actorRole = value;
                case "causationId" -> causationId = value;
                default -> correlationId = value;
            }
        }
    }
}
