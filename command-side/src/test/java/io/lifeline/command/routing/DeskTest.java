package io.lifeline.command.routing;

import static io.lifeline.command.routing.DeskFixtures.*;

import io.lifeline.contracts.conversation.Priority;
import io.lifeline.contracts.routing.*;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeskTest {
    private FixtureConfiguration<Desk> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Desk.class);
        fixture.registerInjectableResource(SETTINGS);
    }

    /** Ana holds conversations 1 and 3, Ben 2 and 4: both at their capacity of two. */
    private Object[] fullDesk() {
        return concat(supportDesk(RoutingStrategy.ROUND_ROBIN), routed(1, ANA, 0), routed(2, BEN, 0), routed(3, ANA, 1),
                routed(4, BEN, 1));
    }

    // --- teams, rules and who may change them -----------------------------------------------------

    @Test
    void anAdminCreatesTheFirstTeamOfANewDesk() {
        fixture.givenNoPriorActivity()
                .when(new CreateTeam(SUPPORT, new TeamName("Support"), RoutingStrategy.LEAST_LOADED), asAdmin())
                .expectEvents(new DeskOpened(DeskId.DESK), new TeamCreated(SUPPORT, new TeamName("Support"), RoutingStrategy.LEAST_LOADED));
    }

    @Test
    void onlyAdminsManageTeams() {
        fixture.given(supportDesk(RoutingStrategy.ROUND_ROBIN))
                .when(new AddTeamMember(SUPPORT, CARL), asAgent(ANA))
                .expectNoEvents()
                .expectException(RoutingNotPermitted.class);
    }

    @Test
    void aRuleForAnUnknownTeamIsRefused() {
        fixture.given(supportDesk(RoutingStrategy.ROUND_ROBIN))
                .when(new CreateRoutingRule(EMERGENCY_RULE, 1, new RoutingMatch(null, null), EMERGENCIES), asAdmin())
                .expectNoEvents()
                .expectException(TeamNotFound.class);
    }

    @Test
    void renamingATeamRecordsTheOldName() {
        fixture.given(supportDesk(RoutingStrategy.ROUND_ROBIN))
                .when(new RenameTeam(SUPPORT, new TeamName("Help desk")), asAdmin())
                .expectEvents(new TeamRenamed(SUPPORT, new TeamName("Help desk"), new TeamName("Support")));
    }

    @Test
    void onlyTheDesksProcessManagerRoutesConversations() {
        fixture.given(supportDesk(RoutingStrategy.ROUND_ROBIN))
                .when(route(1), asAdmin())
                .expectNoEvents()
                .expectException(RoutingNotPermitted.class);
    }

    @Test
    void anAgentSetsTheirOwnAvailabilityButNotAnothers() {
        fixture.given(supportDesk(RoutingStrategy.ROUND_ROBIN))
                .when(new SetAvailability(BEN, Availability.AWAY), asAgent(ANA))
                .expectNoEvents()
                .expectException(RoutingNotPermitted.class);
    }

    // --- picking an agent ---------------------------------------------------------------------------

    @Test
    void aStartedConversationGoesToTheFirstAvailableAgentWithItsReason() {
        fixture.given(supportDesk(RoutingStrategy.ROUND_ROBIN))
                .when(route(1), asDesk())
                .expectEvents(new ConversationRouted(conversation(1), ticket(0), ANA, null,
                        decision(RoutingCause.STARTED, 0, 2, null)));
    }

    @Test
    void roundRobinTakesTurns() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN), routed(1, ANA, 0)))
                .when(route(2), asDesk())
                .expectEvents(new ConversationRouted(conversation(2), ticket(1), BEN, null,
                        decision(RoutingCause.STARTED, 0, 2, null)));
    }

    @Test
    void leastLoadedPicksTheAgentHoldingFewest() {
        fixture.given(concat(supportDesk(RoutingStrategy.LEAST_LOADED), new AgentCapacityChanged(ANA, 5, 2),
                        new AgentCapacityChanged(BEN, 5, 2), routed(1, ANA, 0), routed(2, ANA, 1), routed(3, BEN, 0)))
                .when(route(4), asDesk())
                .expectEvents(new ConversationRouted(conversation(4), ticket(3), BEN, null,
                        decision(RoutingCause.STARTED, RoutingStrategy.LEAST_LOADED, 1, 5, null)));
    }

    @Test
    void anAgentAtCapacityIsPassedOver() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN), routed(1, ANA, 0), routed(2, BEN, 0), routed(3, ANA, 1)))
                .when(route(4), asDesk())
                .expectEvents(new ConversationRouted(conversation(4), ticket(3), BEN, null,
                        decision(RoutingCause.STARTED, 1, 2, null)));
    }

    @Test
    void anAwayAgentGetsNoNewConversation() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN),
                        new AgentAvailabilityChanged(ANA, Availability.AWAY, Availability.ONLINE)))
                .when(route(1), asDesk())
                .expectEvents(new ConversationRouted(conversation(1), ticket(0), BEN, null,
                        decision(RoutingCause.STARTED, 0, 2, null)));
    }

    @Test
    void aConversationNoRuleMatchesIsLeftToPeople() {
        fixture.given(new DeskOpened(DeskId.DESK), new TeamCreated(SUPPORT, new TeamName("Support"), RoutingStrategy.ROUND_ROBIN),
                        new RoutingRuleCreated(EMERGENCY_RULE, 1, new RoutingMatch(io.lifeline.contracts.conversation.ContextKind.EMERGENCY, null),
                                SUPPORT))
                .when(route(1), asDesk())
                .expectNoEvents();
    }

    @Test
    void aRedeliveredStartIsRoutedOnce() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN), routed(1, ANA, 0)))
                .when(route(1), asDesk())
                .expectNoEvents();
    }

    // --- the queue ------------------------------------------------------------------------------------

    @Test
    void whenEveryAgentIsFullTheConversationWaitsWithItsPlace() {
        fixture.given(concat(fullDesk(), queued(5, 1)))
                .when(route(6), asDesk())
                .expectEvents(queued(6, 2));
    }

    @Test
    void anUrgentConversationWaitsAheadOfTheOthers() {
        fixture.given(concat(fullDesk(), queued(5, 1)))
                .when(route(6, Priority.URGENT), asDesk())
                .expectEvents(new ConversationQueued(conversation(6), ticket(5, Priority.URGENT), SUPPORT, ALL_TO_SUPPORT, 1, null));
    }

    @Test
    void aFreedSeatGoesToTheFirstInTheQueue() {
        fixture.given(concat(fullDesk(), queued(5, 1), queued(6, 2)))
                .when(new ReleaseConversation(conversation(1)), asDesk())
                .expectEvents(new ConversationReleased(conversation(1), ANA),
                        new ConversationRouted(conversation(5), ticket(4), ANA, null, decision(RoutingCause.QUEUE, 1, 2, 1)));
    }

    @Test
    void anUrgentConversationIsServedBeforeOlderOnes() {
        fixture.given(concat(fullDesk(), queued(5, 1),
                        new ConversationQueued(conversation(6), ticket(5, Priority.URGENT), SUPPORT, ALL_TO_SUPPORT, 1, null)))
                .when(new ReleaseConversation(conversation(2)), asDesk())
                .expectEvents(new ConversationReleased(conversation(2), BEN),
                        new ConversationRouted(conversation(6), ticket(5, Priority.URGENT), BEN, null,
                                decision(RoutingCause.QUEUE, 1, 2, 1)));
    }

    @Test
    void aConversationResolvedWhileQueuedLeavesTheQueue() {
        fixture.given(concat(fullDesk(), queued(5, 1), queued(6, 2)))
                .when(new ReleaseConversation(conversation(5)), asDesk())
                .expectEvents(new ConversationReleased(conversation(5), null));
    }

    @Test
    void aConversationResolvedWhileQueuedIsNotServedLater() {
        fixture.given(concat(fullDesk(), queued(5, 1), queued(6, 2), new ConversationReleased(conversation(5), null)))
                .when(new ReleaseConversation(conversation(1)), asDesk())
                .expectEvents(new ConversationReleased(conversation(1), ANA),
                        new ConversationRouted(conversation(6), ticket(5), ANA, null, decision(RoutingCause.QUEUE, 1, 2, 2)));
    }

    @Test
    void anUnassignedAgentsSeatServesTheQueue() {
        fixture.given(concat(fullDesk(), queued(5, 1)))
                .when(new FreeSeat(conversation(2), BEN), asDesk())
                .expectEvents(new ConversationReleased(conversation(2), BEN),
                        new ConversationRouted(conversation(5), ticket(4), BEN, null, decision(RoutingCause.QUEUE, 1, 2, 1)));
    }

    @Test
    void anAgentComingOnlineTakesFromTheQueue() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN),
                        new AgentAvailabilityChanged(ANA, Availability.OFFLINE, Availability.ONLINE),
                        new AgentAvailabilityChanged(BEN, Availability.OFFLINE, Availability.ONLINE), queued(1, 1)))
                .when(new SetAvailability(ANA, Availability.ONLINE), asAgent(ANA))
                .expectEvents(new AgentAvailabilityChanged(ANA, Availability.ONLINE, Availability.OFFLINE),
                        new ConversationRouted(conversation(1), ticket(0), ANA, null, decision(RoutingCause.QUEUE, 0, 2, 1)));
    }

    @Test
    void raisingCapacityTakesFromTheQueue() {
        fixture.given(concat(fullDesk(), queued(5, 1)))
                .when(new SetAgentCapacity(BEN, 3), asAdmin())
                .expectEvents(new AgentCapacityChanged(BEN, 3, 2),
                        new ConversationRouted(conversation(5), ticket(4), BEN, null, decision(RoutingCause.QUEUE, 2, 3, 1)));
    }

    @Test
    void aRuleChangedWhileAConversationWaitsSendsItToTheNewTeam() {
        fixture.given(concat(fullDesk(), queued(5, 1),
                        new TeamCreated(EMERGENCIES, new TeamName("Emergencies"), RoutingStrategy.ROUND_ROBIN),
                        new TeamMemberAdded(EMERGENCIES, CARL),
                        new AgentAvailabilityChanged(CARL, Availability.ONLINE, Availability.OFFLINE)))
                .when(new ChangeRoutingRule(ALL_TO_SUPPORT, 100, new RoutingMatch(null, null), EMERGENCIES), asAdmin())
                .expectEvents(new RoutingRuleChanged(ALL_TO_SUPPORT, 100, new RoutingMatch(null, null), EMERGENCIES),
                        new ConversationRouted(conversation(5), ticket(4), CARL, null, new RoutingDecision(RoutingCause.QUEUE,
                                ALL_TO_SUPPORT, EMERGENCIES, RoutingStrategy.ROUND_ROBIN, 0, 2, 1)));
    }

    @Test
    void aPersonsAssignmentTakesAConversationOutOfTheQueue() {
        fixture.given(concat(fullDesk(), queued(5, 1), queued(6, 2)))
                .when(new RecordAssignee(conversation(5), CARL), asDesk())
                .expectEvents(new AssigneeRecorded(conversation(5), CARL, null));
    }

    @Test
    void aPersonsTransferFreesTheFormerAgentsSeatForTheQueue() {
        fixture.given(concat(fullDesk(), queued(5, 1)))
                .when(new RecordAssignee(conversation(1), CARL), asDesk())
                .expectEvents(new AssigneeRecorded(conversation(1), CARL, ANA),
                        new ConversationRouted(conversation(5), ticket(4), ANA, null, decision(RoutingCause.QUEUE, 1, 2, 1)));
    }

    @Test
    void aWaitingConversationThatBecomesUrgentMovesAheadKeepingItsArrival() {
        fixture.given(concat(fullDesk(), queued(5, 1), queued(6, 2)))
                .when(new RecordPriority(conversation(6), Priority.URGENT), asDesk())
                .expectEvents(new ConversationQueued(conversation(6), ticket(5, Priority.URGENT), SUPPORT, ALL_TO_SUPPORT, 1, null));
    }

    @Test
    void aReprioritisedConversationIsServedInItsNewPlace() {
        fixture.given(concat(fullDesk(), queued(5, 1), queued(6, 2),
                        new ConversationQueued(conversation(6), ticket(5, Priority.URGENT), SUPPORT, ALL_TO_SUPPORT, 1, null)))
                .when(new ReleaseConversation(conversation(1)), asDesk())
                .expectEvents(new ConversationReleased(conversation(1), ANA),
                        new ConversationRouted(conversation(6), ticket(5, Priority.URGENT), ANA, null,
                                decision(RoutingCause.QUEUE, 1, 2, 1)));
    }

    @Test
    void aPriorityChangeOfASeatedConversationChangesNothingAtTheDesk() {
        fixture.given(concat(fullDesk()))
                .when(new RecordPriority(conversation(1), Priority.URGENT), asDesk())
                .expectNoEvents();
    }

    // --- re-routing -------------------------------------------------------------------------------------

    @Test
    void anAgentGoingOfflineHandsTheirConversationsToAnother() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN), routed(1, ANA, 0)))
                .when(new SetAvailability(ANA, Availability.OFFLINE), asAgent(ANA))
                .expectEvents(new AgentAvailabilityChanged(ANA, Availability.OFFLINE, Availability.ONLINE),
                        new ConversationRouted(conversation(1), ticket(0), BEN, ANA, decision(RoutingCause.AGENT_OFFLINE, 0, 2, null)));
    }

    @Test
    void theLastAgentGoingOfflinePutsTheirConversationsBackInTheQueue() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN),
                        new AgentAvailabilityChanged(BEN, Availability.OFFLINE, Availability.ONLINE), routed(1, ANA, 0), routed(2, ANA, 1)))
                .when(new SetAvailability(ANA, Availability.OFFLINE), asAgent(ANA))
                .expectEvents(new AgentAvailabilityChanged(ANA, Availability.OFFLINE, Availability.ONLINE),
                        new ConversationQueued(conversation(1), ticket(0), SUPPORT, ALL_TO_SUPPORT, 1, ANA),
                        new ConversationQueued(conversation(2), ticket(1), SUPPORT, ALL_TO_SUPPORT, 2, ANA));
    }

    @Test
    void anAgentWhoDoesNotAnswerIsReplacedByAnother() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN), routed(1, ANA, 0)))
                .when(new RerouteConversation(conversation(1), ANA), asDesk())
                .expectEvents(new ConversationRouted(conversation(1), ticket(0), BEN, ANA, decision(RoutingCause.NO_ANSWER, 0, 2, null)));
    }

    @Test
    void anAgentWhoDoesNotAnswerKeepsTheConversationWhenNoOneElseHasRoom() {
        fixture.given(concat(supportDesk(RoutingStrategy.ROUND_ROBIN),
                        new AgentAvailabilityChanged(BEN, Availability.AWAY, Availability.ONLINE), routed(1, ANA, 0)))
                .when(new RerouteConversation(conversation(1), ANA), asDesk())
                .expectNoEvents();
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
