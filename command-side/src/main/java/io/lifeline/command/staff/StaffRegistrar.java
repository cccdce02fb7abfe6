package io.lifeline.command.staff;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.RegisterStaff;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Handles {@link RegisterStaff}: the username must be free, the credential goes to its own table
 * (never into an event), and both commit with the account's first event or not at all.
 */
@Component
class StaffRegistrar {
    private final Repository<StaffMember> staffMembers;
    private final StaffCredentials credentials;

    StaffRegistrar(@Lazy Repository<StaffMember> staffMembers, StaffCredentials credentials) {
        this.staffMembers = staffMembers; // lazy: Axon builds the repository after its handlers
        this.credentials = credentials;
    }

    @CommandHandler
    StaffId handle(RegisterStaff command, Acting acting) throws Exception {
        requireAdmin(acting);
        if (credentials.usernameTaken(command.username())) {
            throw new UsernameTaken(command.username());
        }
        credentials.store(command.staffId(), command.username(), command.passwordHash());
        staffMembers.newInstance(() -> new StaffMember(command));
        return command.staffId();
    }

    /** Staff accounts are managed by admins, or by a system rule such as the first-admin set-up. */
    static void requireAdmin(Acting acting) {
        if (!acting.isAdmin() && acting.actor().kind() != io.lifeline.contracts.actor.ActorKind.SYSTEM) {
            throw new AdminRequired();
        }
    }
}
