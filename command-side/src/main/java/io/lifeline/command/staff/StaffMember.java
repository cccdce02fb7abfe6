package io.lifeline.command.staff;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.lifeline.command.identity.Acting;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.ChangeStaffPassword;
import io.lifeline.contracts.staff.ChangeStaffRole;
import io.lifeline.contracts.staff.DeactivateStaff;
import io.lifeline.contracts.staff.RegisterStaff;
import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffPasswordChanged;
import io.lifeline.contracts.staff.StaffRegistered;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.StaffRoleChanged;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A staff account, so that every staff action has an accountable actor with a known role. */
@Aggregate
class StaffMember {
    @AggregateIdentifier
    private StaffId id;
    private StaffRole role;
    private boolean active;

    StaffMember() {
        // Axon rebuilds the aggregate from its events through this constructor.
    }

    /** Registers an account; {@link StaffRegistrar} has checked the actor and stored the credential. */
    StaffMember(RegisterStaff command) {
        apply(new StaffRegistered(command.staffId(), command.username(), command.displayName(), command.role()));
    }

    @CommandHandler
    void handle(ChangeStaffRole command, Acting acting) {
        StaffRegistrar.requireAdmin(acting);
        requireActive();
        if (isSelf(acting) && command.role() != StaffRole.ADMIN) {
            throw new CannotDemoteSelf(); // another admin must do it, so one always remains
        }
        if (command.role() != role) {
            apply(new StaffRoleChanged(id, command.role(), role));
        }
    }

    @CommandHandler
    void handle(DeactivateStaff command, Acting acting) {
        StaffRegistrar.requireAdmin(acting);
        if (isSelf(acting)) {
            throw new CannotDeactivateSelf();
        }
        if (active) {
            apply(new StaffDeactivated(id));
        }
    }

    /**
     * Staff change their own password, admins anyone's. The hash goes to the credential table in the
     * same transaction as the event, which names no secret.
     */
    @CommandHandler
    void handle(ChangeStaffPassword command, Acting acting, StaffCredentials credentials) {
        if (!isSelf(acting)) {
            StaffRegistrar.requireAdmin(acting);
        }
        requireActive();
        credentials.changePassword(id, command.passwordHash());
        apply(new StaffPasswordChanged(id));
    }

    private boolean isSelf(Acting acting) {
        return acting.actor().isStaff() && acting.actor().staffId().equals(id);
    }

    private void requireActive() {
        if (!active) {
            throw new StaffInactive(id);
        }
    }

    @EventSourcingHandler
    void on(StaffRegistered event) {
        id = event.staffId();
        role = event.role();
        active = true;
    }

    @EventSourcingHandler
    void on(StaffRoleChanged event) {
        role = event.role();
    }

    @EventSourcingHandler
    void on(StaffDeactivated event) {
        active = false;
    }
}
