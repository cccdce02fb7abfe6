package io.lifeline.command.session;

import io.lifeline.command.identity.ExternalStaffAccounts;
import io.lifeline.contracts.actor.Actor;
import io.lifeline.contracts.staff.StaffDeactivated;
import io.lifeline.contracts.staff.StaffPasswordChanged;
import io.lifeline.contracts.staff.StaffRoleChanged;
import io.lifeline.contracts.stream.RevocationReason;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * Revokes every session of a staff member whose account is deactivated or whose role or password
 * changes, in the same transaction as the event (a subscribing processor), so that no token outlives
 * the change by more than the moment it takes Kafka to carry the revocation.
 */
@Component
@ProcessingGroup(SessionRevocations.PROCESSING_GROUP)
class SessionRevocations {
    static final String PROCESSING_GROUP = "staff-sessions";
    private final StaffSessions sessions;

    SessionRevocations(StaffSessions sessions) {
        this.sessions = sessions;
    }

    @EventHandler
    void on(StaffDeactivated event) {
        sessions.revokeEverySession(event.staffId(), RevocationReason.DEACTIVATED);
    }

    @EventHandler
    void on(StaffRoleChanged event, @MetaDataValue(Actor.METADATA_KEY) String actor) {
        if (Actor.system(ExternalStaffAccounts.RULE).toString().equals(actor)) {
            return; // taken over from the identity provider, whose tokens already carry the new role
        }
        sessions.revokeEverySession(event.staffId(), RevocationReason.ROLE_CHANGED);
    }

    @EventHandler
    void on(StaffPasswordChanged event) {
        sessions.revokeEverySession(event.staffId(), RevocationReason.PASSWORD_CHANGED);
    }
}
