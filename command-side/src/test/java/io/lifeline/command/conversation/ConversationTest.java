package io.lifeline.command.conversation;

import static io.lifeline.command.conversation.ConversationFixtures.*;

import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.conversation.*;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConversationTest {
    private FixtureConfiguration<Conversation> fixture;
    private RecordedSentMessages sentMessages;
    private UploadedHere uploads;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Conversation.class);
        sentMessages = new RecordedSentMessages();
        fixture.registerInjectableResource(LIMITS);
        fixture.registerInjectableResource(sentMessages);
        fixture.registerInjectableResource(new KnownStaff());
        uploads = new UploadedHere();
        fixture.registerInjectableResource(uploads);
        fixture.registerInjectableResource(new SetTargets()); // none: the clocks have their own test
    }

    // --- sending ---------------------------------------------------------------------------------

    @Test
    void deviceSendsMessageToItsOwnConversation() {
        var send = sendText("c-1", "my car broke down");
        fixture.given(started())
                .when(send, asDevice())
                .expectEvents(new MessageSent(ID, send.messageId(), send.clientMessageId(), Actor.device(DEVICE),
                        send.content(), null, false))
                .expectResultMessagePayload(new MessageAccepted(ID, send.messageId(), 1, false));
    }

    @Test
    void resendWithKnownClientIdStoresNothingAndReturnsTheOriginal() {
        MessageSent original = deviceMessage("c-1");
        sentMessages.record(original, 1);
        fixture.given(started(), original)
                .when(sendText("c-1", "hello"), asDevice())
                .expectNoEvents()
                .expectResultMessagePayload(new MessageAccepted(ID, original.messageId(), 1, true));
    }

    @Test
    void aClientIdReusedForAnotherMessageIsRefusedRatherThanDroppingTheText() {
        MessageSent original = deviceMessage("c-1");
        sentMessages.record(original, 1);
        fixture.given(started(), original)
                .when(sendText("c-1", "something else entirely"), asDevice())
                .expectNoEvents()
                .expectException(ClientMessageIdReused.class);
    }

    @Test
    void aClientIdReusedForAReplyToAnotherMessageIsRefused() {
        MessageSent original = deviceMessage("c-1");
        sentMessages.record(original, 1);
        fixture.given(started(), original)
                .when(new SendMessage(ID, MessageId.random(), new ClientMessageId("c-1"), MessageContent.text("hello"),
                        original.messageId(), false), asDevice())
                .expectNoEvents()
                .expectException(ClientMessageIdReused.class);
    }

    @Test
    void aMessageStoredBeforeFingerprintsWereKeptIsTakenForAResendAsBefore() {
        MessageSent original = deviceMessage("c-1");
        sentMessages.record(Actor.device(DEVICE), original.clientMessageId(), original.messageId(), 1);
        fixture.given(started(), original)
                .when(sendText("c-1", "something else entirely"), asDevice())
                .expectNoEvents()
                .expectResultMessagePayload(new MessageAccepted(ID, original.messageId(), 1, true));
    }

    @Test
    void theSameClientIdFromAnotherAuthorIsANewMessage() {
        MessageSent original = deviceMessage("1");
        sentMessages.record(Actor.device(DEVICE), original.clientMessageId(), original.messageId(), 1);
        var reply = sendText("1", "hello from staff");
        fixture.given(started(), original, joined(AGENT))
                .when(reply, asAgent())
                .expectEvents(new MessageSent(ID, reply.messageId(), reply.clientMessageId(), Actor.staff(AGENT),
                        reply.content(), null, false));
    }

    @Test
    void demotedStaffCanNoLongerTakePartButCanLeave() {
        var demoted = io.lifeline.command.identity.Acting.staff(AGENT, io.lifeline.contracts.staff.StaffRole.ANALYST).toMetaData();
        fixture.given(started(), joined(AGENT))
                .when(sendText("s-1", "still here"), demoted)
                .expectException(ActionNotPermitted.class);
        fixture.given(started(), joined(AGENT))
                .when(new LeaveConversation(ID), demoted)
                .expectEvents(new StaffLeft(ID, AGENT));
    }

    @Test
    void anotherDeviceCannotSendAndIsToldTheConversationDoesNotExist() {
        fixture.given(started())
                .when(sendText("c-1", "hi"), asOtherDevice())
                .expectNoEvents()
                .expectException(ConversationNotFound.class);
    }

    @Test
    void staffMustJoinBeforeSending() {
        fixture.given(started())
                .when(sendText("s-1", "hello"), asAgent())
                .expectNoEvents()
                .expectException(NotAParticipant.class);
    }

    @Test
    void joinedStaffCanSend() {
        fixture.given(started(), joined(AGENT))
                .when(sendText("s-1", "how can I help?"), asAgent())
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(MessageSent.class))));
    }

    @Test
    void assignedStaffCanSend() {
        fixture.given(started(), assigned(AGENT))
                .when(sendText("s-1", "on my way"), asAgent())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotSendToClosedConversation() {
        fixture.given(started(), new ConversationClosed(ID))
                .when(sendText("c-2", "hello?"), asDevice())
                .expectNoEvents()
                .expectException(ConversationIsClosed.class);
    }

    @Test
    void deviceSendsAnImageUploadedToThisConversation() {
        var send = sendAttachment("c-1", MessageKind.IMAGE, uploads.upload(ID, MessageKind.IMAGE));
        fixture.given(started())
                .when(send, asDevice())
                .expectEvents(new MessageSent(ID, send.messageId(), send.clientMessageId(), Actor.device(DEVICE),
                        send.content(), null, false));
    }

    @Test
    void cannotSendAnAttachmentUploadedToAnotherConversation() {
        var elsewhere = uploads.upload(ConversationId.random(), MessageKind.IMAGE);
        fixture.given(started())
                .when(sendAttachment("c-1", MessageKind.IMAGE, elsewhere), asDevice())
                .expectNoEvents()
                .expectException(UnknownAttachment.class);
    }

    @Test
    void aReplyNamesAMessageOfTheSameConversation() {
        MessageSent original = deviceMessage("c-1");
        sentMessages.record(Actor.device(DEVICE), original.clientMessageId(), original.messageId(), 1);
        var reply = replyTo("s-1", original.messageId());
        fixture.given(started(), original, joined(AGENT))
                .when(reply, asAgent())
                .expectEvents(new MessageSent(ID, reply.messageId(), reply.clientMessageId(), Actor.staff(AGENT),
                        reply.content(), original.messageId(), false));
    }

    @Test
    void aReplyToAnotherConversationsMessageIsRefusedLikeAReplyToNoMessage() {
        var elsewhere = MessageId.random();
        sentMessages.record(ConversationId.random(), Actor.device(DEVICE), new ClientMessageId("c-1"), elsewhere, 1);
        fixture.given(started())
                .when(replyTo("c-2", elsewhere), asDevice())
                .expectNoEvents()
                .expectException(UnknownMessage.class);
        fixture.given(started())
                .when(replyTo("c-2", MessageId.random()), asDevice())
                .expectNoEvents()
                .expectException(UnknownMessage.class);
    }

    @Test
    void cannotSendAnAttachmentAsAnotherKindThanItWasUploadedAs() {
        var voice = uploads.upload(ID, MessageKind.VOICE);
        fixture.given(started())
                .when(sendAttachment("c-1", MessageKind.IMAGE, voice), asDevice())
                .expectNoEvents()
                .expectException(AttachmentKindMismatch.class);
    }

    @Test
    void messageLongerThanTheConfiguredLimitIsRefused() {
        fixture.given(started())
                .when(sendText("c-1", "x".repeat(LIMITS.maxMessageLength() + 1)), asDevice())
                .expectNoEvents()
                .expectException(MessageTooLong.class);
    }

    @Test
    void deviceMessageReopensResolvedConversation() {
        var send = sendText("c-9", "it happened again");
        fixture.given(started(), new ConversationResolved(ID))
                .when(send, asDevice())
                .expectEvents(new ConversationReopened(ID), new MessageSent(ID, send.messageId(), send.clientMessageId(),
                        Actor.device(DEVICE), send.content(), null, false))
                .expectResultMessagePayload(new MessageAccepted(ID, send.messageId(), 3, false));
    }

    @Test
    void deviceMessageWakesSnoozedConversation() {
        var send = sendText("c-9", "still there?");
        fixture.given(started(), new ConversationSnoozed(ID, Instant.now().plus(1, ChronoUnit.DAYS)))
                .when(send, asDevice())
                .expectEvents(new ConversationReopened(ID), new MessageSent(ID, send.messageId(), send.clientMessageId(),
                        Actor.device(DEVICE), send.content(), null, false));
    }

    @Test
    void staffFollowUpDoesNotReopenResolvedConversation() {
        var send = sendText("s-9", "glad we could help");
        fixture.given(started(), joined(AGENT), new ConversationResolved(ID))
                .when(send, asAgent())
                .expectEvents(new MessageSent(ID, send.messageId(), send.clientMessageId(), Actor.staff(AGENT),
                        send.content(), null, false));
    }

    @Test
    void systemRuleMaySendIntoAnyConversation() {
        fixture.given(started())
                .when(sendText("sys-1", "an agent will be with you shortly"), asSystem())
                .expectSuccessfulHandlerExecution();
    }

    // --- private notes ---------------------------------------------------------------------------

    @Test
    void participantAddsPrivateNote() {
        var note = new AddPrivateNote(ID, MessageId.random(), new MessageBody("caller sounded distressed"));
        fixture.given(started(), joined(AGENT))
                .when(note, asAgent())
                .expectEvents(new PrivateNoteAdded(ID, note.noteId(), AGENT, note.body()));
    }

    @Test
    void systemRulesWriteNoPrivateNotes() {
        fixture.given(started())
                .when(new AddPrivateNote(ID, MessageId.random(), new MessageBody("x")), asSystem())
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void deviceCannotAddPrivateNote() {
        fixture.given(started())
                .when(new AddPrivateNote(ID, MessageId.random(), new MessageBody("x")), asDevice())
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    // --- delivery and read positions -------------------------------------------------------------

    @Test
    void deviceRecordsItsReadPosition() {
        fixture.given(started(), deviceMessage("c-1"))
                .when(new MarkRead(ID, 1), asDevice())
                .expectEvents(new MessagesRead(ID, Actor.device(DEVICE), 1));
    }

    @Test
    void staffRecordsDelivery() {
        fixture.given(started(), joined(AGENT), deviceMessage("c-1"))
                .when(new MarkDelivered(ID, 1), asAgent())
                .expectEvents(new MessagesDelivered(ID, Actor.staff(AGENT), 1));
    }

    @Test
    void readPositionNeverMovesBack() {
        fixture.given(started(), joined(AGENT), deviceMessage("c-1"), new MessagesRead(ID, Actor.staff(AGENT), 1))
                .when(new MarkRead(ID, 0), asAgent())
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void readingImpliesDelivery() {
        fixture.given(started(), assigned(AGENT), deviceMessage("c-1"), new MessagesRead(ID, Actor.staff(AGENT), 1))
                .when(new MarkDelivered(ID, 1), asAgent())
                .expectNoEvents();
    }

    @Test
    void cannotReadBeyondTheLastEvent() {
        fixture.given(started())
                .when(new MarkRead(ID, 5), asDevice())
                .expectNoEvents()
                .expectException(SequenceOutOfRange.class);
    }

    @Test
    void anotherDeviceCannotMarkRead() {
        fixture.given(started())
                .when(new MarkRead(ID, 0), asOtherDevice())
                .expectException(ConversationNotFound.class);
    }

    @Test
    void anAgentWhoNeitherJoinedNorIsAssignedCannotMarkRead() {
        fixture.given(started(), joined(OTHER_AGENT), deviceMessage("c-1"))
                .when(new MarkRead(ID, 1), asAgent())
                .expectNoEvents()
                .expectException(NotAParticipant.class);
    }

    @Test
    void anAdminWhoIsNotAParticipantCannotMarkDelivered() {
        fixture.given(started(), deviceMessage("c-1"))
                .when(new MarkDelivered(ID, 1), asAdmin())
                .expectNoEvents()
                .expectException(NotAParticipant.class);
    }

    @Test
    void anAnalystCannotMarkDelivered() {
        fixture.given(started(), deviceMessage("c-1"))
                .when(new MarkDelivered(ID, 1), asAnalyst())
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void anAnalystCannotMarkRead() {
        fixture.given(started(), deviceMessage("c-1"))
                .when(new MarkRead(ID, 1), asAnalyst())
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    // --- participants ----------------------------------------------------------------------------

    @Test
    void agentJoins() {
        fixture.given(started())
                .when(new JoinConversation(ID), asAgent())
                .expectEvents(new StaffJoined(ID, AGENT));
    }

    @Test
    void joiningTwiceChangesNothing() {
        fixture.given(started(), joined(AGENT))
                .when(new JoinConversation(ID), asAgent())
                .expectNoEvents();
    }

    @Test
    void analystCannotJoin() {
        fixture.given(started())
                .when(new JoinConversation(ID), asAnalyst())
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void deviceCannotJoinAsStaff() {
        fixture.given(started())
                .when(new JoinConversation(ID), asDevice())
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void participantLimitIsEnforced() {
        fixture.given(started(), joined(AGENT), joined(OTHER_AGENT))
                .when(new JoinConversation(ID), asAdmin())
                .expectNoEvents()
                .expectException(ParticipantLimitReached.class);
    }

    @Test
    void staffLeaves() {
        fixture.given(started(), joined(AGENT))
                .when(new LeaveConversation(ID), asAgent())
                .expectEvents(new StaffLeft(ID, AGENT));
    }

    @Test
    void assigneeWhoLeavesIsUnassigned() {
        fixture.given(started(), joined(AGENT), assigned(AGENT))
                .when(new LeaveConversation(ID), asAgent())
                .expectEvents(new StaffUnassigned(ID, AGENT), new StaffLeft(ID, AGENT));
    }

    // --- assignment ------------------------------------------------------------------------------

    @Test
    void agentTakesConversationFromTheQueue() {
        fixture.given(started())
                .when(new AssignStaff(ID, AGENT, AssignmentReason.MANUAL), asAgent())
                .expectEvents(new StaffAssigned(ID, AGENT, null, AssignmentReason.MANUAL));
    }

    @Test
    void adminAssignsAnotherAgent() {
        fixture.given(started())
                .when(new AssignStaff(ID, AGENT, AssignmentReason.MANUAL), asAdmin())
                .expectEvents(new StaffAssigned(ID, AGENT, null, AssignmentReason.MANUAL));
    }

    @Test
    void agentWhoIsNoParticipantCannotAssignOthers() {
        fixture.given(started())
                .when(new AssignStaff(ID, OTHER_AGENT, AssignmentReason.MANUAL), asAgent())
                .expectNoEvents()
                .expectException(NotAParticipant.class);
    }

    @Test
    void assigneeTransfersToAnotherAgent() {
        fixture.given(started(), assigned(AGENT))
                .when(new AssignStaff(ID, OTHER_AGENT, AssignmentReason.TRANSFER), asAgent())
                .expectEvents(new StaffAssigned(ID, OTHER_AGENT, AGENT, AssignmentReason.TRANSFER));
    }

    @Test
    void systemRuleAssignsAutomatically() {
        fixture.given(started())
                .when(new AssignStaff(ID, AGENT, AssignmentReason.AUTO), asSystem())
                .expectEvents(new StaffAssigned(ID, AGENT, null, AssignmentReason.AUTO));
    }

    @Test
    void cannotAssignAnAnalyst() {
        fixture.given(started())
                .when(new AssignStaff(ID, ANALYST, AssignmentReason.MANUAL), asAdmin())
                .expectNoEvents()
                .expectException(StaffNotAssignable.class);
    }

    @Test
    void cannotAssignUnknownOrDeactivatedStaff() {
        fixture.given(started())
                .when(new AssignStaff(ID, io.lifeline.contracts.actor.StaffId.random(), AssignmentReason.MANUAL), asAdmin())
                .expectNoEvents()
                .expectException(StaffNotAssignable.class);
    }

    @Test
    void agentCannotTakeAConversationAwayFromItsAssignee() {
        fixture.given(started(), assigned(OTHER_AGENT))
                .when(new AssignStaff(ID, AGENT, AssignmentReason.MANUAL), asAgent())
                .expectNoEvents()
                .expectException(NotAParticipant.class);
    }

    @Test
    void transferAtTheParticipantLimitFreesTheOutgoingAssigneesPlace() {
        fixture.given(started(), joined(AGENT), assigned(OTHER_AGENT))
                .when(new AssignStaff(ID, ADMIN, AssignmentReason.TRANSFER), asAdmin())
                .expectEvents(new StaffAssigned(ID, ADMIN, OTHER_AGENT, AssignmentReason.TRANSFER));
    }

    @Test
    void deviceCannotAssign() {
        fixture.given(started())
                .when(new AssignStaff(ID, AGENT, AssignmentReason.MANUAL), asDevice())
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void assigneeIsUnassigned() {
        fixture.given(started(), assigned(AGENT))
                .when(new UnassignStaff(ID), asAgent())
                .expectEvents(new StaffUnassigned(ID, AGENT));
    }

    @Test
    void unassigningWithoutAssigneeChangesNothing() {
        fixture.given(started())
                .when(new UnassignStaff(ID), asAdmin())
                .expectNoEvents();
    }

    // --- priority, snooze, resolve, reopen, close ------------------------------------------------

    @Test
    void participantChangesPriority() {
        fixture.given(started(), joined(AGENT))
                .when(new ChangePriority(ID, Priority.URGENT), asAgent())
                .expectEvents(new PriorityChanged(ID, Priority.URGENT, Priority.NORMAL));
    }

    @Test
    void deviceCannotChangePriority() {
        fixture.given(started())
                .when(new ChangePriority(ID, Priority.URGENT), asDevice())
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void snoozesUntilAFutureTime() {
        Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        fixture.given(started(), joined(AGENT))
                .when(new SnoozeConversation(ID, until), asAgent())
                .expectEvents(new ConversationSnoozed(ID, until));
    }

    @Test
    void snoozeSchedulesItsOwnEnd() {
        Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        fixture.given(started(), joined(AGENT))
                .when(new SnoozeConversation(ID, until), asAgent())
                .expectScheduledDeadlineWithName(until, Conversation.SNOOZE_ENDS);
    }

    @Test
    void snoozedConversationReopensWhenItsTimeComes() {
        Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        fixture.given(started(), joined(AGENT))
                .andGivenCommands(org.axonframework.commandhandling.GenericCommandMessage
                        .asCommandMessage(new SnoozeConversation(ID, until)).andMetaData(asAgent()))
                .whenTimeAdvancesTo(until.plusSeconds(1))
                .expectEvents(new ConversationReopened(ID));
    }

    @Test
    void anEndedSnoozeWakesNothing() {
        Instant until = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        fixture.given(started(), joined(AGENT))
                .andGivenCommands(
                        org.axonframework.commandhandling.GenericCommandMessage
                                .asCommandMessage(new SnoozeConversation(ID, until)).andMetaData(asAgent()),
                        org.axonframework.commandhandling.GenericCommandMessage
                                .asCommandMessage(new ReopenConversation(ID)).andMetaData(asAgent()))
                .whenTimeAdvancesTo(until.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void cannotSnoozeIntoThePast() {
        fixture.given(started(), joined(AGENT))
                .when(new SnoozeConversation(ID, Instant.now().minusSeconds(60)), asAgent())
                .expectException(SnoozeNotInFuture.class);
    }

    @Test
    void onlyOpenConversationsSnooze() {
        fixture.given(started(), joined(AGENT), new ConversationResolved(ID))
                .when(new SnoozeConversation(ID, Instant.now().plusSeconds(600)), asAgent())
                .expectException(ConversationNotOpen.class);
    }

    @Test
    void participantResolves() {
        fixture.given(started(), assigned(AGENT))
                .when(new ResolveConversation(ID), asAgent())
                .expectEvents(new ConversationResolved(ID))
                .expectResultMessagePayload(new CommandAccepted(ID, 2));
    }

    @Test
    void resolvingTwiceChangesNothingAndAnswersTheCurrentSequence() {
        fixture.given(started(), assigned(AGENT), new ConversationResolved(ID))
                .when(new ResolveConversation(ID), asAgent())
                .expectNoEvents()
                .expectResultMessagePayload(new CommandAccepted(ID, 2));
    }

    @Test
    void nonParticipantAgentCannotResolve() {
        fixture.given(started())
                .when(new ResolveConversation(ID), asOtherAgent())
                .expectException(NotAParticipant.class);
    }

    @Test
    void deviceReopensItsResolvedConversation() {
        fixture.given(started(), new ConversationResolved(ID))
                .when(new ReopenConversation(ID), asDevice())
                .expectEvents(new ConversationReopened(ID));
    }

    @Test
    void adminClosesConversation() {
        fixture.given(started())
                .when(new CloseConversation(ID), asAdmin())
                .expectEvents(new ConversationClosed(ID));
    }

    @Test
    void closedIsTerminal() {
        fixture.given(started(), new ConversationClosed(ID))
                .when(new ReopenConversation(ID), asAdmin())
                .expectNoEvents()
                .expectException(ConversationIsClosed.class);
    }

    // --- labels ----------------------------------------------------------------------------------

    @Test
    void participantAddsLabel() {
        fixture.given(started(), joined(AGENT))
                .when(new AddLabel(ID, new Label("billing")), asAgent())
                .expectEvents(new LabelAdded(ID, new Label("billing")));
    }

    @Test
    void addingAPresentLabelChangesNothing() {
        fixture.given(started(), joined(AGENT), new LabelAdded(ID, new Label("billing")))
                .when(new AddLabel(ID, new Label("billing")), asAgent())
                .expectNoEvents();
    }

    @Test
    void participantRemovesLabel() {
        fixture.given(started(), joined(AGENT), new LabelAdded(ID, new Label("billing")))
                .when(new RemoveLabel(ID, new Label("billing")), asAgent())
                .expectEvents(new LabelRemoved(ID, new Label("billing")));
    }
}
