package io.lifeline.command.conversation;

import static io.lifeline.command.conversation.ConversationFixtures.*;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.lifeline.command.identity.StoredAggregates;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.*;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationStartTest {
    private FixtureConfiguration<Conversation> fixture;
    private final RememberedOpenConversations open = new RememberedOpenConversations();

    /** Remembers each device's open conversation per context, as the PostgreSQL look-up does. */
    static final class RememberedOpenConversations implements OpenConversations {
        final Map<String, ConversationId> byDeviceAndContext = new HashMap<>();

        @Override
        public void lockStartsOf(DeviceId device) {
        }

        @Override
        public Optional<ConversationId> find(DeviceId device, ConversationContext context) {
            return Optional.ofNullable(byDeviceAndContext.get(device.value() + "/" + context));
        }
    }

    @BeforeEach
    void setUp() {
        fixture = newFixture();
        fixture.registerAnnotatedCommandHandler(new ConversationStarter(fixture.getRepository(), open, LIMITS, new StoredAggregates(storeOf(fixture))));
    }

    /** The fixture's store, answering "no events" for an unknown aggregate as the JDBC store does, rather than throwing. */
    static EventStore storeOf(FixtureConfiguration<Conversation> fixture) {
        var store = mock(EventStore.class);
        when(store.lastSequenceNumberFor(anyString())).thenAnswer(call -> {
            try {
                return fixture.getEventStore().lastSequenceNumberFor(call.getArgument(0));
            } catch (AggregateNotFoundException none) {
                return Optional.empty();
            }
        });
        return store;
    }

    private static StartConversation start(DeviceId device, Channel channel, FirstMessage first, boolean startNew) {
        return new StartConversation(ID, device, channel, "Help", ConversationContext.general(), Priority.NORMAL,
                null, first, startNew);
    }

    @Test
    void deviceStartsConversation() {
        fixture.givenNoPriorActivity()
                .when(start(DEVICE, Channel.MOBILE, null, false), asDevice())
                .expectEvents(started())
                .expectResultMessagePayload(new ConversationOpened(ID, false, 0, null));
    }

    @Test
    void deviceStartsConversationWithItsFirstMessage() {
        var first = new FirstMessage(MessageId.random(), new ClientMessageId("c-0"), MessageContent.text("help"), true);
        fixture.givenNoPriorActivity()
                .when(start(DEVICE, Channel.WIDGET, first, false), asDevice())
                .expectEvents(new ConversationStarted(ID, DEVICE, Channel.WIDGET, "Help", ConversationContext.general(),
                                Priority.NORMAL, null, Actor.device(DEVICE)),
                        new MessageSent(ID, first.messageId(), first.clientMessageId(), Actor.device(DEVICE),
                                first.content(), null, true))
                .expectResultMessagePayload(new ConversationOpened(ID, false, 1,
                        new MessageAccepted(ID, first.messageId(), 1, false)));
    }

    @Test
    void aNewConversationCannotStartWithAnAttachment() {
        var first = new FirstMessage(MessageId.random(), new ClientMessageId("c-0"), new MessageContent(MessageKind.IMAGE,
                null, new AttachmentRef("a".repeat(43)), null), false);
        fixture.givenNoPriorActivity()
                .when(start(DEVICE, Channel.MOBILE, first, false), asDevice())
                .expectNoEvents()
                .expectException(UnknownAttachment.class);
    }

    @Test
    void deviceCannotStartForAnotherDevice() {
        fixture.givenNoPriorActivity()
                .when(start(OTHER_DEVICE, Channel.MOBILE, null, false), asDevice())
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void deviceCannotUseTheStaffChannel() {
        fixture.givenNoPriorActivity()
                .when(start(DEVICE, Channel.STAFF, null, false), asDevice())
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void analystCannotStartConversations() {
        fixture.givenNoPriorActivity()
                .when(start(DEVICE, Channel.STAFF, null, false), asAnalyst())
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void staffStartsAConversationWithADeviceAndTakesPartInIt() {
        fixture.givenNoPriorActivity()
                .when(start(DEVICE, Channel.STAFF, null, false), asAgent())
                .expectEvents(new ConversationStarted(ID, DEVICE, Channel.STAFF, "Help", ConversationContext.general(),
                        Priority.NORMAL, null, Actor.staff(AGENT)));
        fixture.given(new ConversationStarted(ID, DEVICE, Channel.STAFF, "Help", ConversationContext.general(),
                        Priority.NORMAL, null, Actor.staff(AGENT)))
                .when(sendText("s-1", "we saw your request"), asAgent())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void startingAgainReturnsTheOpenConversation() {
        open.byDeviceAndContext.put(DEVICE.value() + "/" + ConversationContext.general(), ID);
        fixture.given(started())
                .when(new StartConversation(ConversationId.random(), DEVICE, Channel.MOBILE, null,
                        ConversationContext.general(), Priority.NORMAL, null, null, false), asDevice())
                .expectNoEvents()
                .expectResultMessagePayload(new ConversationOpened(ID, true, 0, null));
    }

    @Test
    void firstMessageOfARepeatedStartLandsInTheOpenConversation() {
        open.byDeviceAndContext.put(DEVICE.value() + "/" + ConversationContext.general(), ID);
        var first = new FirstMessage(MessageId.random(), new ClientMessageId("c-7"), MessageContent.text("me again"), false);
        fixture.given(started(), new ConversationResolved(ID))
                .when(new StartConversation(ConversationId.random(), DEVICE, Channel.MOBILE, null,
                        ConversationContext.general(), Priority.NORMAL, null, first, false), asDevice())
                .expectEvents(new ConversationReopened(ID), new MessageSent(ID, first.messageId(),
                        first.clientMessageId(), Actor.device(DEVICE), first.content(), null, false));
    }

    @Test
    void repeatingAStartWithTheSameConversationIdReturnsThatConversation() {
        fixture.given(started())
                .when(start(DEVICE, Channel.MOBILE, null, true), asDevice())
                .expectNoEvents()
                .expectResultMessagePayload(new ConversationOpened(ID, true, 0, null));
    }

    @Test
    void anotherDevicesConversationIdCannotBeClaimed() {
        fixture.given(started())
                .when(start(OTHER_DEVICE, Channel.MOBILE, null, true), asOtherDevice())
                .expectNoEvents()
                .expectException(ConversationNotFound.class);
    }
}
