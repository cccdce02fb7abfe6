package io.lifeline.command.conversation;

import static io.lifeline.command.conversation.ConversationFixtures.*;

import io.lifeline.contracts.conversation.*;
import java.time.Duration;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The routing desk's side of a conversation: its assignments, which a person's win over, and the answer deadline. */
class ConversationAutoAssignmentTest {
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(3);
    private FixtureConfiguration<Conversation> fixture;

    @BeforeEach
    void setUp() {
        fixture = newFixture();
        fixture.registerInjectableResource(new AnswerDeadline(ANSWER_WITHIN));
    }

    @Test
    void theDeskAssignsAnUnassignedConversation() {
        fixture.given(started())
                .when(new AssignAutomatically(ID, AGENT, null), asSystem())
                .expectEvents(new StaffAssigned(ID, AGENT, null, AssignmentReason.AUTO))
                .expectScheduledDeadlineWithName(ANSWER_WITHIN, Conversation.ANSWER_DUE);
    }

    @Test
    void aPersonsAssignmentMeanwhileWinsOverTheDesks() {
        fixture.given(started(), assigned(OTHER_AGENT))
                .when(new AssignAutomatically(ID, AGENT, null), asSystem())
                .expectNoEvents();
    }

    @Test
    void theDeskHandsOnFromTheAgentItExpects() {
        fixture.given(started(), new StaffAssigned(ID, OTHER_AGENT, null, AssignmentReason.AUTO))
                .when(new AssignAutomatically(ID, AGENT, OTHER_AGENT), asSystem())
                .expectEvents(new StaffAssigned(ID, AGENT, OTHER_AGENT, AssignmentReason.AUTO));
    }

    @Test
    void aResolvedConversationIsNotAssigned() {
        fixture.given(started(), new ConversationResolved(ID))
                .when(new AssignAutomatically(ID, AGENT, null), asSystem())
                .expectNoEvents();
    }

    @Test
    void onlyTheDeskAssignsAutomatically() {
        fixture.given(started())
                .when(new AssignAutomatically(ID, AGENT, null), asAdmin())
                .expectNoEvents()
                .expectException(ActionNotPermitted.class);
    }

    @Test
    void anInactiveAgentIsRefused() {
        fixture.given(started())
                .when(new AssignAutomatically(ID, ANALYST, null), asSystem())
                .expectNoEvents()
                .expectException(StaffNotAssignable.class);
    }

    @Test
    void anAgentWhoDoesNotAnswerInTimeIsReported() {
        fixture.given(started())
                .andGivenCommands(GenericCommandMessage.asCommandMessage(new AssignAutomatically(ID, AGENT, null))
                        .andMetaData(asSystem()))
                .whenTimeElapses(ANSWER_WITHIN.plusSeconds(1))
                .expectEvents(new AnswerDeadlineMissed(ID, AGENT));
    }

    @Test
    void anAnswerInTimeStopsTheDeadline() {
        fixture.given(started())
                .andGivenCommands(GenericCommandMessage.asCommandMessage(new AssignAutomatically(ID, AGENT, null))
                                .andMetaData(asSystem()),
                        GenericCommandMessage.asCommandMessage(sendText("a-1", "I am here")).andMetaData(asAgent()))
                .whenTimeElapses(ANSWER_WITHIN.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void aLaterAssignmentMakesTheEarlierDeadlineMoot() {
        fixture.given(started())
                .andGivenCommands(GenericCommandMessage.asCommandMessage(new AssignAutomatically(ID, AGENT, null))
                                .andMetaData(asSystem()),
                        GenericCommandMessage.asCommandMessage(new AssignStaff(ID, OTHER_AGENT, AssignmentReason.MANUAL))
                                .andMetaData(asAdmin()))
                .whenTimeElapses(ANSWER_WITHIN.plusSeconds(1))
                .expectNoEvents();
    }

    @Test
    void theDeskUnassignsOnlyTheAgentItTookTheConversationFrom() {
        fixture.given(started(), new StaffAssigned(ID, OTHER_AGENT, null, AssignmentReason.MANUAL))
                .when(new UnassignAutomatically(ID, AGENT), asSystem())
                .expectNoEvents();
    }

    @Test
    void theDeskUnassignsAnAgentWhoWentOffline() {
        fixture.given(started(), new StaffAssigned(ID, AGENT, null, AssignmentReason.AUTO))
                .when(new UnassignAutomatically(ID, AGENT), asSystem())
                .expectEvents(new StaffUnassigned(ID, AGENT));
    }

}
