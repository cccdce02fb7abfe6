package io.lifeline.command.cannedreply;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.cannedreply.CannedReplyChanged;
import io.lifeline.contracts.cannedreply.CannedReplyCreated;
import io.lifeline.contracts.cannedreply.CannedReplyId;
import io.lifeline.contracts.cannedreply.CannedReplyOwner;
import io.lifeline.contracts.cannedreply.CannedReplyRemoved;
import io.lifeline.contracts.cannedreply.ChangeCannedReply;
import io.lifeline.contracts.cannedreply.CreateCannedReply;
import io.lifeline.contracts.cannedreply.RemoveCannedReply;
import io.lifeline.contracts.conversation.MessageBody;
import io.lifeline.contracts.routing.TeamId;
import io.lifeline.contracts.staff.StaffRole;
import java.util.Map;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

/** Who keeps which canned reply: a team's are the admins', a personal one its owner's (and the admins'). */
class CannedReplyTest {
    private static final CannedReplyId ID = new CannedReplyId(java.util.UUID.fromString("5a1d2c3b-0000-4000-8000-00000000c001"));
    private static final StaffId ANA = StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a01");
    private static final StaffId BEN = StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a02");
    private static final StaffId ADMIN = StaffId.parse("0b8f7f0e-3a51-4d8e-9d3c-1f0b6b3a2a03");
    private static final TeamId TEAM = new TeamId(java.util.UUID.fromString("5a1d2c3b-0000-4000-8000-0000000000a1"));
    private static final MessageBody VALVE = new MessageBody("I am {agent.name}: turn off the main water valve first.");
    private final FixtureConfiguration<CannedReply> fixture = new AggregateTestFixture<>(CannedReply.class);

    private static Map<String, String> as(StaffId staff, StaffRole role) {
        return Acting.staff(staff, role).toMetaData();
    }

    @Test
    void anAgentKeepsTheirOwnReplies() {
        fixture.givenNoPriorActivity()
                .when(new CreateCannedReply(ID, CannedReplyOwner.personal(ANA), "valve", VALVE), as(ANA, StaffRole.AGENT))
                .expectEvents(new CannedReplyCreated(ID, CannedReplyOwner.personal(ANA), "valve", VALVE));
        fixture.given(new CannedReplyCreated(ID, CannedReplyOwner.personal(ANA), "valve", VALVE))
                .when(new ChangeCannedReply(ID, "water", VALVE), as(ANA, StaffRole.AGENT))
                .expectEvents(new CannedReplyChanged(ID, "water", VALVE));
    }

    @Test
    void anotherAgentMayNotTouchThem() {
        fixture.given(new CannedReplyCreated(ID, CannedReplyOwner.personal(ANA), "valve", VALVE))
                .when(new RemoveCannedReply(ID), as(BEN, StaffRole.AGENT))
                .expectNoEvents()
                .expectException(CannedReplyNotPermitted.class);
    }

    @Test
    void aTeamsRepliesAreKeptByAdmins() {
        fixture.givenNoPriorActivity()
                .when(new CreateCannedReply(ID, CannedReplyOwner.team(TEAM), "valve", VALVE), as(ANA, StaffRole.AGENT))
                .expectNoEvents()
                .expectException(CannedReplyNotPermitted.class);
        fixture.givenNoPriorActivity()
                .when(new CreateCannedReply(ID, CannedReplyOwner.team(TEAM), "valve", VALVE), as(ADMIN, StaffRole.ADMIN))
                .expectEvents(new CannedReplyCreated(ID, CannedReplyOwner.team(TEAM), "valve", VALVE));
    }

    @Test
    void analystsKeepNone() {
        fixture.givenNoPriorActivity()
                .when(new CreateCannedReply(ID, CannedReplyOwner.personal(BEN), "valve", VALVE), as(BEN, StaffRole.ANALYST))
                .expectException(CannedReplyNotPermitted.class);
    }

    @Test
    void theSameTextAgainChangesNothingAndARemovedReplyIsGone() {
        fixture.given(new CannedReplyCreated(ID, CannedReplyOwner.personal(ANA), "valve", VALVE))
                .when(new ChangeCannedReply(ID, "valve", VALVE), as(ANA, StaffRole.AGENT))
                .expectNoEvents();
        fixture.given(new CannedReplyCreated(ID, CannedReplyOwner.personal(ANA), "valve", VALVE), new CannedReplyRemoved(ID))
                .when(new ChangeCannedReply(ID, "water", VALVE), as(ANA, StaffRole.AGENT))
                .expectException(AggregateDeletedException.class);
    }
}
