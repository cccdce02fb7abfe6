package io.lifeline.command.staff;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.RegisterStaff;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.Username;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffRegistrarTest {
    private static final StaffId NEW = StaffId.parse("7d1c2f3e-0000-4000-8000-0000000000aa");
    private static final StaffId ADMIN = StaffId.parse("7d1c2f3e-0000-4000-8000-0000000000ab");
    private FixtureConfiguration<StaffMember> fixture;
    private final RememberedCredentials credentials = new RememberedCredentials();

    /** Holds credentials as the PostgreSQL table does. */
    static final class RememberedCredentials implements StaffCredentials {
        final Map<String, Credential> byUsername = new HashMap<>();

        @Override
        public boolean usernameTaken(Username username) {
            return byUsername.containsKey(username.value());
        }

        @Override
        public void store(StaffId staff, Username username, String passwordHash) {
            byUsername.put(username.value(), new Credential(staff, passwordHash));
        }

        @Override
        public Optional<Credential> find(Username username) {
            return Optional.ofNullable(byUsername.get(username.value()));
        }

        @Override
        public Optional<Username> usernameOf(StaffId staff) {
            return byUsername.entrySet().stream().filter(entry -> entry.getValue().staff().equals(staff))
                    .map(entry -> new Username(entry.getKey())).findFirst();
        }

        @Override
        public void changePassword(StaffId staff, String passwordHash) {
            usernameOf(staff).ifPresent(username -> byUsername.put(username.value(), new Credential(staff, passwordHash)));
        }

        @Override
        public boolean anyExists() {
            return !byUsername.isEmpty();
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffMember.class);
        fixture.registerAnnotatedCommandHandler(new StaffRegistrar(fixture.getRepository(), credentials));
    }

    private static RegisterStaff register(String username) {
        return new RegisterStaff(NEW, new Username(username), "Ana", StaffRole.AGENT, "$2a$10$hash");
    }

    @Test
    void adminRegistersStaffAndTheHashStaysOutOfTheEvent() {
        fixture.givenNoPriorActivity()
                .when(register("ana"), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectEvents(new StaffRegistered(NEW, new Username("ana"), "Ana", StaffRole.AGENT))
                .expectResultMessagePayload(NEW);
    }

    @Test
    void firstAdminIsRegisteredByASystemRule() {
        fixture.givenNoPriorActivity()
                .when(register("root"), Acting.system("first-admin").toMetaData())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void agentsCannotRegisterStaff() {
        fixture.givenNoPriorActivity()
                .when(register("ana"), Acting.staff(ADMIN, StaffRole.AGENT).toMetaData())
                .expectNoEvents()
                .expectException(AdminRequired.class);
    }

    @Test
    void takenUsernameIsRefused() {
        credentials.store(ADMIN, new Username("ana"), "$2a$10$other");
        fixture.givenNoPriorActivity()
                .when(register("ana"), Acting.staff(ADMIN, StaffRole.ADMIN).toMetaData())
                .expectNoEvents()
                .expectException(UsernameTaken.class);
    }
}
