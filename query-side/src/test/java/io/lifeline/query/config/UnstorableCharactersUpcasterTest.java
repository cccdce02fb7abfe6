package io.lifeline.query.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.ClientMessageId;
import io.lifeline.contracts.conversation.ConversationId;
import io.lifeline.contracts.conversation.MessageContent;
import io.lifeline.contracts.conversation.MessageId;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.serialization.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/**
 * Stored JSON with characters PostgreSQL text cannot hold is read with U+FFFD in their place;
 * everything else is read exactly as stored. The stored JSON is built as the command side's
 * serializer writes it, with a marker swapped for the escape, since today's value objects may
 * refuse the character itself.
 */
class UnstorableCharactersUpcasterTest {
    private static final String MARK = "MARK";
    private final org.axonframework.serialization.Serializer serializer = EventJson.serializer();

    @Test
    void theSerializerWritesANulAsAnEscapeTheUpcasterLooksFor() {
        byte[] json = serializer.serialize("a\u0000b", byte[].class).getData();

        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\\u0000");
        assertThat(UnstorableCharactersUpcaster.mayHoldUnstorable(json)).isTrue();
    }

    @Test
    void aStoredNulIsReadAsAReplacementCharacter() {
        MessageSent read = upcastAndRead(storedMessage("a" + MARK + "b", "\\u0000"));

        assertThat(read.content().body().text()).isEqualTo("a\uFFFDb");
    }

    @Test
    void aLoneSurrogateIsReadAsAReplacementCharacterAndAPairIsKept() {
        MessageSent lone = upcastAndRead(storedMessage("x" + MARK + "y", "\\ud800"));
        MessageSent pair = upcastAndRead(storedMessage("x" + MARK + "y", "\\ud83d\\ude00"));
        MessageSent reversed = upcastAndRead(storedMessage("x" + MARK + "y", "\\ude00\\ud83d"));

        assertThat(lone.content().body().text()).isEqualTo("x\uFFFDy");
        assertThat(pair.content().body().text()).isEqualTo("x\uD83D\uDE00y");
        assertThat(reversed.content().body().text()).isEqualTo("x\uFFFD\uFFFDy");
    }

    @Test
    void anEventWithoutSuchCharactersIsPassedOnUntouched() {
        GenericDomainEventEntry<byte[]> entry = storedMessage("plain " + MARK + " text \u00e9\uD83D\uDE00", "and more");
        IntermediateEventRepresentation stored = new InitialEventRepresentation(entry, serializer);

        assertThat(new UnstorableCharactersUpcaster().upcast(Stream.of(stored)).toList()).containsExactly(stored);
        assertThat(upcastAndRead(entry).content().body().text()).isEqualTo("plain and more text \u00e9\uD83D\uDE00");
    }

    @Test
    void textIsMadeStorableCharacterByCharacter() {
        assertThat(UnstorableCharactersUpcaster.storable("fine")).isSameAs("fine");
        assertThat(UnstorableCharactersUpcaster.storable("\u0000a\u0000")).isEqualTo("\uFFFDa\uFFFD");
        assertThat(UnstorableCharactersUpcaster.storable("\uDBFF")).isEqualTo("\uFFFD");
        assertThat(UnstorableCharactersUpcaster.storable("a\uD83D\uDE00\uDE00")).isEqualTo("a\uD83D\uDE00\uFFFD");
    }

    private MessageSent upcastAndRead(GenericDomainEventEntry<byte[]> entry) {
        return (MessageSent) EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                new UnstorableCharactersUpcaster()).next().getPayload();
    }

    /** A MessageSent as stored, its text's marker replaced by the given raw JSON. */
    private GenericDomainEventEntry<byte[]> storedMessage(String text, String markReplacement) {
        var event = new MessageSent(ConversationId.random(), MessageId.random(), new ClientMessageId("c-1"),
                Actor.device(new DeviceId("d-" + UUID.randomUUID())), MessageContent.text(text), null, false);
        SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
        String json = new String(payload.getData(), StandardCharsets.UTF_8).replace(MARK, markReplacement);
        return new GenericDomainEventEntry<>("Conversation", event.conversationId().toString(), 0,
                UUID.randomUUID().toString(), Instant.now(), payload.getType().getName(), payload.getType().getRevision(),
                json.getBytes(StandardCharsets.UTF_8), serializer.serialize(org.axonframework.messaging.MetaData.emptyInstance(),
                byte[].class).getData());
    }
}
