package io.lifeline.contracts.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeline.contracts.autoreply.AutoRepliesEvent;
import io.lifeline.contracts.cannedreply.CannedReplyEvent;
import io.lifeline.contracts.conversation.ConversationEvent;
import io.lifeline.contracts.conversation.ContextKind;
import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.conversation.ResponseTargetKind;
import io.lifeline.contracts.responsetarget.ResponseTargetScope;
import io.lifeline.contracts.responsetarget.ResponseTargetSet;
import io.lifeline.contracts.responsetarget.ResponseTargetSet1To2Upcaster;
import io.lifeline.contracts.responsetarget.ResponseTargetsEvent;
import java.time.Duration;
import io.lifeline.contracts.conversation.ConversationStarted;
import io.lifeline.contracts.conversation.LabelAdded;
import io.lifeline.contracts.conversation.MessageSent;
import io.lifeline.contracts.conversation.PrivateNoteAdded;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.routing.DeskEvent;
import io.lifeline.contracts.routing.SeatEvent;
import io.lifeline.contracts.staff.StaffEvent;
import io.lifeline.contracts.staff.StaffRegistered;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/**
 * Pins the stored JSON of every event revision (files under {@code stored-events/}, one per
 * {@code Type@revision}): events are written exactly so, and read back whatever the rules for new
 * commands say today, because a stored event is a fact, never re-validated.
 */
class StoredEventJsonTest {
    private final Jackson3Serializer serializer = EventJson.serializer();

    @Test
    void everyEventRevisionHasItsStoredJsonPinned() {
        Stream.of(ConversationEvent.class, StaffEvent.class, DeskEvent.class, SeatEvent.class, ResponseTargetsEvent.class,
                        AutoRepliesEvent.class, CannedReplyEvent.class, io.lifeline.contracts.site.SiteEvent.class)
                .flatMap(sealed -> Arrays.stream(sealed.getPermittedSubclasses()))
                .filter(Class::isRecord)
                .forEach(type -> {
                    String key = key(type);
                    assertThat(getClass().getResource("/stored-events/" + key + ".json")).as(key).isNotNull();
                    assertThat(StoredEventSamples.all()).as(key).containsKey(key);
                });
    }

    @Test
    void eventsAreWrittenExactlyAsPinned() {
        StoredEventSamples.all().forEach((key, event) -> {
            String written = new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
            assertThat(written).as(key).isEqualTo(pinned(key));
        });
    }

    @Test
    void pinnedJsonReadsBackAsTheSameEvent() {
        StoredEventSamples.all().forEach((key, event) -> assertThat(read(pinned(key), event.getClass())).as(key).isEqualTo(event));
    }

    @Test
    void storedTextThatNewCommandsWouldRefuseStillReads() {
        String nul = pinned("MessageSent@1").replace("Water is rising\\nplease hurry", "a\\u0000b");
        MessageSent sent = read(nul, MessageSent.class);
        assertThat(sent.content().body().text()).isEqualTo("a\u0000b");
        assertThatThrownBy(() -> sent.content().validated()).isInstanceOf(InvalidField.class).hasMessageStartingWith("text:");

        String longSubject = "x".repeat(100_000);
        String started = pinned("ConversationStarted@1").replace("Flooded basement", "\\ud800 " + longSubject)
                .replace("\"latitude\":52.52", "\"latitude\":200.0").replace("case-17", "not a reference!");
        ConversationStarted conversation = read(started, ConversationStarted.class);
        assertThat(conversation.subject()).hasSize(100_002).startsWith("\ud800");
        assertThat(conversation.location().latitude()).isEqualTo(200.0);
        assertThat(conversation.context().referenceId()).isEqualTo("not a reference!");

        assertThat(read(pinned("LabelAdded@1").replace("flood", "Flood!\\u0007"), LabelAdded.class).label().value())
                .isEqualTo("Flood!\u0007");
        assertThat(read(pinned("PrivateNoteAdded@1").replace("caller sounds calm", " "), PrivateNoteAdded.class).body().text())
                .isEqualTo(" ");
        assertThat(read(pinned("StaffRegistered@1").replace("\"ana\"", "\"A\"").replace("Ana Lima", "Ana\\u0000"),
                StaffRegistered.class).username().value()).isEqualTo("A");
    }

    @Test
    void aResponseTargetSetOfRevisionOneReadsAsRevisionTwoCountedInCalendarTime() {
        String revision1 = pinned("ResponseTargetSet@1");
        var stored = new org.axonframework.eventhandling.GenericDomainEventEntry<>("ResponseTargets", "response-targets", 0,
                "e-1", java.time.Instant.parse("2026-12-04T20:00:00Z"), ResponseTargetSet.class.getName(), "1",
                revision1.getBytes(StandardCharsets.UTF_8),
                serializer.serialize(org.axonframework.messaging.MetaData.emptyInstance(), byte[].class).getData());
        var upcast = new ResponseTargetSet1To2Upcaster()
                .upcast(Stream.of(new org.axonframework.serialization.upcasting.event.InitialEventRepresentation(stored, serializer)))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        ResponseTargetSet event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new ResponseTargetSet(new ResponseTargetScope(ResponseTargetKind.FIRST_RESPONSE,
                Priority.URGENT, ContextKind.EMERGENCY), Duration.ofMinutes(2), Duration.ofMinutes(5), null));
        assertThat(read(pinned("ResponseTargetSet@2"), ResponseTargetSet.class).businessHours().zone())
                .isEqualTo("Europe/Berlin");
    }

    private static String key(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        assertThat(revision).as(type.getSimpleName() + " has a @Revision").isNotNull();
        return type.getSimpleName() + "@" + revision.value();
    }

    private <T> T read(String json, Class<T> type) {
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(type.getName(), key(type).substring(key(type).indexOf('@') + 1)));
        return serializer.deserialize(stored);
    }

    private String pinned(String key) {
        try (InputStream in = getClass().getResourceAsStream("/stored-events/" + key + ".json")) {
            assertThat(in).as(key).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
