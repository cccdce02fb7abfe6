package io.lifeline.command.identity;

import io.lifeline.contracts.actor.DeviceId;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.channel.VerifiedCaller;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.token.TokenClaims;
import java.util.Optional;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Who acts, and with which role, for a caller whose token was verified, whether by this service (a
 * REST request) or by the bridge at a WebSocket handshake (a forwarded frame). A staff member's role
 * is read live, so a deactivated account stops acting at once; one an external identity provider
 * vouches for acts with the role that provider's token carries.
 */
@Component
public class CallerActing {
    private final ActiveStaff activeStaff;
    private final ExternalStaffAccounts externalStaff;

    CallerActing(ActiveStaff activeStaff, ExternalStaffAccounts externalStaff) {
        this.activeStaff = activeStaff;
        this.externalStaff = externalStaff;
    }

    /** @throws InsufficientAuthenticationException when the caller is no principal that may act now */
    public Acting of(VerifiedCaller caller) {
        if (TokenClaims.DEVICE.equals(caller.kind())) {
            return Acting.device(new DeviceId(caller.subject()));
        }
        if (TokenClaims.STAFF.equals(caller.kind())) {
            StaffId staff = StaffId.parse(caller.subject());
            Optional<StaffRole> role = caller.provider() != null
                    ? externalStaff.actingRole(staff, caller.name(), caller.displayName(),
                            StaffRole.valueOf(caller.roles().get(0)))
                    : activeStaff.roleOf(staff);
            return role
                    .map(acting -> Acting.staff(staff, acting))
                    .orElseThrow(() -> new InsufficientAuthenticationException("this staff account can no longer act"));
        }
        throw new InsufficientAuthenticationException("the token names no Lifeline principal");
    }
}
