package io.lifeline.command.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.Label;
import io.lifeline.contracts.conversation.LabelAdded;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.responsetarget.ResponseTargetSet;
import io.lifeline.contracts.responsetarget.ResponseTargetSet1To2Upcaster;
import io.lifeline.contracts.serialization.EventJson;
import io.lifeline.contracts.stream.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope written from the stored bytes says what {@link EventEnvelope#of} says of the same
 * stored event, read as the publisher's tracking processor reads it (Axon's own upcasting and lazy
 * deserialising messages over stored JSON), and the payload and metadata are never deserialised
 * unless the stored form is not today's.
 */
class RawEnvelopeWriterTest {
    private static final ConversationId CONVERSATION = new ConversationId(UUID.randomUUID());
    private static final String DEVICE_ACTOR = Actor.device(new DeviceId("p-device-0123456789")).toString();

    private final JsonMapper json = JsonMapper.builder().build();
    private final DeserialisationCount serializer = new DeserialisationCount(EventJson.serializer());
    private final RawEnvelopeWriter writer = new RawEnvelopeWriter(serializer, json, new AnnotationRevisionResolver());

    @Test
    void messagesAndLabelsAreWrittenAsBeforeWithoutDeserialising() {
        var sent = new MessageSent(CONVERSATION, MessageId.random(), new ClientMessageId("c-1"),
                Actor.staff(StaffId.random()), MessageContent.text("Water is \"rising\"\nplease hurry \u00e9"), null, true);
        MetaData staff = MetaData.with(Actor.METADATA_KEY, sent.author().toString()).and(Actor.ROLE_METADATA_KEY, "AGENT")
                .and("causationId", "cause-1").and("correlationId", "first-1").and("traceId", "not published");
        assertWrittenAsBefore(stored(sent, "1", staff, 3), 0);
        assertWrittenAsBefore(stored(new LabelAdded(CONVERSATION, new Label("vip")), "1",
                MetaData.with(Actor.METADATA_KEY, DEVICE_ACTOR), 4), 0);
        assertWrittenAsBefore(stored(new LabelAdded(CONVERSATION, new Label("vip")), "1", MetaData.emptyInstance(), 5), 0);
    }

    @Test
    void anUpcastedEventIsWrittenInItsCurrentRevisionWithoutDeserialising() {
        String revision1 = "{\"scope\":{\"kind\":\"FIRST_RESPONSE\",\"priority\":\"URGENT\",\"context\":\"EMERGENCY\"},"
                + "\"within\":\"PT2M\",\"previous\":\"PT5M\"}";
        var stored = new StoredEvent(ResponseTargetSet.class.getName(), "1", revision1.getBytes(StandardCharsets.UTF_8),
                metaData(MetaData.with(Actor.METADATA_KEY, DEVICE_ACTOR)), 7);

        String written = writer.write(stored.read(new ResponseTargetSet1To2Upcaster()));

        assertThat(serializer.deserialised.get()).isZero(); // Axon's upcasting reads the metadata, as it always has
        assertThat(json.readTree(written).path("revision").asString()).isEqualTo("2");
        assertThat(json.readTree(written).path("payload").has("businessHours")).isTrue();
        assertThat(json.readTree(written)).isEqualTo(json.readTree(before(stored.read(new ResponseTargetSet1To2Upcaster()))));
    }

    @Test
    void anOlderRevisionNoUpcasterReadsIsRewrittenAsBefore() {
        var sent = new MessageSent(CONVERSATION, MessageId.random(), new ClientMessageId("c-2"),
                Actor.device(new DeviceId("p-device-0123456789")), MessageContent.text("hello"), null, false);
        StoredEvent stored = stored(sent, "0", MetaData.with(Actor.METADATA_KEY, DEVICE_ACTOR), 1);

        String written = assertWrittenAsBefore(stored, 1);

        assertThat(json.readTree(written).path("revision").asString()).isEqualTo("1");
    }

    @Test
    void metadataThatIsNotTextIsReadAsBefore() {
        StoredEvent stored = stored(new LabelAdded(CONVERSATION, new Label("vip")), "1",
                MetaData.with(Actor.METADATA_KEY, DEVICE_ACTOR).and("causationId", 42), 2);

        String written = assertWrittenAsBefore(stored, 1);

        assertThat(json.readTree(written).path("causationId").asString()).isEqualTo("42");
    }

    @Test
    void thePublisherPicksConversationEventsByTheirStoredTypeAlone() {
        var publisher = new AnnotationEventHandlerAdapter(new KafkaEventPublisher(
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of())), writer,
                new KafkaPublishingProperties(1, (short) 1, Duration.ofSeconds(1), Duration.ofDays(1))));
        var label = stored(new LabelAdded(CONVERSATION, new Label("vip")), "1", MetaData.emptyInstance(), 1);
        var target = new StoredEvent(ResponseTargetSet.class.getName(), "2", "{}".getBytes(StandardCharsets.UTF_8),
                metaData(MetaData.emptyInstance()), 2);

        assertThat(publisher.canHandle(label.read(NoOpEventUpcaster.INSTANCE))).isTrue();
        assertThat(publisher.canHandle(target.read(NoOpEventUpcaster.INSTANCE))).isFalse();
        assertThat(serializer.deserialised.get()).isZero();
    }

    /** Writes the stored event both ways and compares them, counting deserialisations; returns the new one. */
    private String assertWrittenAsBefore(StoredEvent stored, int deserialisations) {
        String written = writer.write(stored.read(NoOpEventUpcaster.INSTANCE));
        assertThat(serializer.deserialised.get()).as("payloads deserialised").isEqualTo(deserialisations);
        assertThat(serializer.metaDataRead.get()).as("metadata deserialised").isEqualTo(deserialisations);
        assertThat(json.readTree(written)).isEqualTo(json.readTree(before(stored.read(NoOpEventUpcaster.INSTANCE))));
        return written;
    }

    /** The envelope as the publisher wrote it before it read the stored bytes. */
    private String before(DomainEventMessage<?> message) {
        String envelope = json.writeValueAsString(EventEnvelope.of(message, json, new AnnotationRevisionResolver()));
        serializer.deserialised.set(0);
        serializer.metaDataRead.set(0);
        return envelope;
    }

    private StoredEvent stored(Object event, String revision, MetaData metaData, long sequence) {
        return new StoredEvent(event.getClass().getName(), revision,
                serializer.serialize(event, byte[].class).getData(), metaData(metaData), sequence);
    }

    private byte[] metaData(MetaData metaData) {
        return serializer.serialize(metaData, byte[].class).getData();
    }

    /** A row of the event store, as Axon's JDBC storage engine reads it. */
    private final class StoredEvent {
        private final GenericDomainEventEntry<byte[]> entry;

        StoredEvent(String type, String revision, byte[] payload, byte[] metaData, long sequence) {
            entry = new GenericDomainEventEntry<>("Conversation", CONVERSATION.toString(), sequence,
                    UUID.randomUUID().toString(), "2026-12-05T05:53:15.549Z", type, revision, payload, metaData);
        }

        /** The message the publisher's tracking processor is handed for this row. */
        DomainEventMessage<?> read(EventUpcaster upcasters) {
            var data = new TrackedDomainEventData<>(GapAwareTrackingToken.newInstance(entry.getSequenceNumber(),
                    Collections.emptySortedSet()), entry);
            return (DomainEventMessage<?>) EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(data), serializer, upcasters)
                    .findFirst().orElseThrow();
        }
    }

    /** The project's event serializer, counting the payloads and the metadata it deserialises. */
    private static final class DeserialisationCount implements Serializer {
        private final Serializer delegate;
        final AtomicInteger deserialised = new AtomicInteger();
        final AtomicInteger metaDataRead = new AtomicInteger();

        DeserialisationCount(Serializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            return delegate.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            boolean metaData = MetaData.class.getName().equals(serializedObject.getType().getName());
            (metaData ? metaDataRead : deserialised).incrementAndGet();
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
