package io.lifeline.command.staff;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.*;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffMemberTest {
    private static final StaffId AGENT = StaffId.parse("7d1c2f3e-0000-4000-8000-000000000001");
    private static final StaffId ADMIN = StaffId.parse("7d1c2f3e-0000-4000-8000-000000000002");
    private static final StaffId OTHER_AGENT = StaffId.parse("7d1c2f3e-0000-4000-8000-000000000003");
    private FixtureConfiguration<StaffMember> fixture;
    private final StaffRegistrarTest.RememberedCredentials credentials = new StaffRegistrarTest.RememberedCredentials();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffMember.class);
        fixture.registerInjectableResource(credentials);
        credentials.store(AGENT, new Username("ana"), "$2a$10$old");
    }

    private static StaffRegistered registered() {
        return new StaffRegistered(AGENT, new Username("ana"), "Ana", StaffRole.AGENT);
    }

    @Test
    void adminChangesRole() {
        fixture.given(registered())
                .when(new ChangeStaffRole(AGENT, StaffRole.ADMIN), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectEvents(new StaffRoleChanged(AGENT, StaffRole.ADMIN, StaffRole.AGENT));
    }

    @Test
    void agentCannotChangeRoles() {
        fixture.given(registered())
                .when(new ChangeStaffRole(AGENT, StaffRole.ADMIN), Acting.staff(AGENT, StaffRole.AGENT).toMetaData())
                .expectNoEvents()
                .expectException(AdminRequired.class);
    }

    @Test
    void sameRoleChangesNothing() {
        fixture.given(registered())
                .when(new ChangeStaffRole(AGENT, StaffRole.AGENT), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectNoEvents();
    }

    @Test
    void adminDeactivatesAccount() {
        fixture.given(registered())
                .when(new DeactivateStaff(AGENT), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectEvents(new StaffDeactivated(AGENT));
    }

    @Test
    void deactivatedAccountCannotChangeRole() {
        fixture.given(registered(), new StaffDeactivated(AGENT))
                .when(new ChangeStaffRole(AGENT, StaffRole.ADMIN), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectException(StaffInactive.class);
    }

    @Test
    void adminCannotDeactivateThemself() {
        fixture.given(new StaffRegistered(ADMIN, new Username("root"), "Root", StaffRole.ADMIN))
                .when(new DeactivateStaff(ADMIN), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectException(CannotDeactivateSelf.class);
    }

    @Test
    void staffChangeTheirOwnPasswordAndTheHashStaysOutOfTheEvent() {
        fixture.given(registered())
                .when(new ChangeStaffPassword(AGENT, "$2a$10$new"), Acting.staff(AGENT, StaffRole.AGENT).toMetaData())
                .expectEvents(new StaffPasswordChanged(AGENT));
        org.assertj.core.api.Assertions.assertThat(credentials.find(new Username("ana")).orElseThrow().passwordHash())
                .isEqualTo("$2a$10$new");
    }

    @Test
    void adminResetsAPassword() {
        fixture.given(registered())
                .when(new ChangeStaffPassword(AGENT, "$2a$10$new"), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectEvents(new StaffPasswordChanged(AGENT));
    }

    @Test
    void agentCannotChangeAnotherStaffMembersPassword() {
        fixture.given(registered())
                .when(new ChangeStaffPassword(AGENT, "$2a$10$new"), Acting.staff(OTHER_AGENT, StaffRole.AGENT).toMetaData())
                .expectNoEvents()
                .expectException(AdminRequired.class);
    }

    @Test
    void deactivatedAccountCannotChangePassword() {
        fixture.given(registered(), new StaffDeactivated(AGENT))
                .when(new ChangeStaffPassword(AGENT, "$2a$10$new"), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectNoEvents()
                .expectException(StaffInactive.class);
    }
}
