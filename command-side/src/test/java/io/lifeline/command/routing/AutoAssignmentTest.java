package io.lifeline.command.routing;

import static io.lifeline.command.routing.DeskFixtures.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.lifeline.command.identity.ActingGateway;
import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.conversation.*;
import io.lifeline.contracts.routing.*;
import io.lifeline.contracts.staff.StaffDeactivated;
import org.junit.jupiter.api.Test;

/** The process manager decides nothing: each event becomes one command, to the desk or to the conversation. */
class AutoAssignmentTest {
    private static final ConversationId ONE = conversation(1);
    private final ActingGateway commands = mock(ActingGateway.class);
    private final AutoAssignment process = new AutoAssignment(commands);

    @Test
    void aStartedConversationIsRoutedByItsContextChannelAndPriority() {
        process.on(new ConversationStarted(ONE, new DeviceId("device-0123456789abcdef"), Channel.WIDGET, "Help",
                new ConversationContext(ContextKind.EMERGENCY, null), Priority.URGENT, null, Actor.device(new DeviceId("device-0123456789abcdef"))));
        verify(commands).send(new RouteConversation(ONE, ContextKind.EMERGENCY, Channel.WIDGET, Priority.URGENT), AutoAssignment.DESK);
    }

    @Test
    void aConversationStaffStartedIsTheirsAndNotRouted() {
        process.on(new ConversationStarted(ONE, new DeviceId("device-0123456789abcdef"), Channel.STAFF, "Call back",
                ConversationContext.general(), Priority.NORMAL, null, Actor.staff(ANA)));
        verifyNoInteractions(commands);
    }

    @Test
    void aPersonsAssignmentCountsAgainstTheAssignee() {
        process.on(new StaffAssigned(ONE, ANA, null, AssignmentReason.MANUAL));
        verify(commands).send(new RecordAssignee(ONE, ANA), AutoAssignment.DESK);
    }

    @Test
    void theDesksOwnAssignmentIsNotReportedBack() {
        process.on(new StaffAssigned(ONE, ANA, null, AssignmentReason.AUTO));
        verifyNoInteractions(commands);
    }

    @Test
    void anUnassignedConversationFreesItsAgentsSeat() {
        process.on(new StaffUnassigned(ONE, ANA));
        verify(commands).send(new FreeSeat(ONE, ANA), AutoAssignment.DESK);
    }

    @Test
    void aResolvedOrClosedConversationLeavesTheDesk() {
        process.on(new ConversationResolved(ONE));
        process.on(new ConversationClosed(conversation(2)));
        verify(commands).send(new ReleaseConversation(ONE), AutoAssignment.DESK);
        verify(commands).send(new ReleaseConversation(conversation(2)), AutoAssignment.DESK);
    }

    @Test
    void aChangedPriorityIsToldToTheDesk() {
        process.on(new PriorityChanged(ONE, Priority.URGENT, Priority.NORMAL));
        verify(commands).send(new RecordPriority(ONE, Priority.URGENT), AutoAssignment.DESK);
    }

    @Test
    void aMissedAnswerAsksTheDeskForAnotherAgent() {
        process.on(new AnswerDeadlineMissed(ONE, ANA));
        verify(commands).send(new RerouteConversation(ONE, ANA), AutoAssignment.DESK);
    }

    @Test
    void aDeactivatedAccountGoesOffline() {
        process.on(new StaffDeactivated(ANA));
        verify(commands).send(new SetAvailability(ANA, Availability.OFFLINE), AutoAssignment.DESK);
    }

    @Test
    void theDesksChoiceIsAssignedToTheConversation() {
        process.on(new ConversationRouted(ONE, ticket(0), BEN, ANA, decision(RoutingCause.NO_ANSWER, 0, 2, null)));
        verify(commands).send(new AssignAutomatically(ONE, BEN, ANA), AutoAssignment.DESK);
    }

    @Test
    void anAgentWhoCannotBeAssignedGoesOffline() {
        doThrow(new Refusal("staff-not-assignable")).when(commands).send(any(AssignAutomatically.class), eq(AutoAssignment.DESK));
        process.on(routed(1, ANA, 0));
        verify(commands).send(new SetAvailability(ANA, Availability.OFFLINE), AutoAssignment.DESK);
    }

    @Test
    void aConversationThatRefusesTheAgentIsLeftToPeople() {
        doThrow(new Refusal("participant-limit-reached")).when(commands).send(any(AssignAutomatically.class),
                eq(AutoAssignment.DESK));
        process.on(routed(1, ANA, 0));
        verify(commands).send(new FreeSeat(ONE, ANA), AutoAssignment.DESK);
    }

    @Test
    void aConversationTakenFromAnOfflineAgentWaitsUnassigned() {
        process.on(new ConversationQueued(ONE, ticket(0), SUPPORT, ALL_TO_SUPPORT, 1, ANA));
        verify(commands).send(new UnassignAutomatically(ONE, ANA), AutoAssignment.DESK);
    }

    @Test
    void aNewConversationJoiningTheQueueNeedsNoCommand() {
        process.on(queued(1, 1));
        verifyNoInteractions(commands);
    }

    private static final class Refusal extends CommandRefused {
        Refusal(String code) {
            super(Reason.INVALID, code, code);
        }
    }
}
