package io.lifeline.command.staff;

import io.lifeline.command.identity.Acting;
import io.lifeline.command.identity.ActingGateway;
import io.lifeline.command.identity.ExternalStaffAccounts;
import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.ChangeStaffRole;
import io.lifeline.contracts.staff.RegisterStaff;
import io.lifeline.contracts.staff.StaffRole;
import io.lifeline.contracts.staff.Username;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Staff an external identity provider vouches for get a Lifeline account on their first request,
 * registered by a system rule with a password nobody can sign in with, so that their actions have
 * an accountable actor like anyone's; the role their token carries is taken over when it changes.
 * An admin may still deactivate such an account in Lifeline.
 */
@Component
class ExternalStaff implements ExternalStaffAccounts {
    private static final Logger log = LoggerFactory.getLogger(ExternalStaff.class);
    /** Not a bcrypt hash, so no password ever matches it. */
    static final String NO_PASSWORD = "!external";
    private final StaffAccountLookup accounts;
    private final StaffCredentials credentials;
    private final ActingGateway commands;

    ExternalStaff(StaffAccountLookup accounts, StaffCredentials credentials, ActingGateway commands) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.commands = commands;
    }

    @Override
    public Optional<StaffRole> actingRole(StaffId staff, String username, String displayName, StaffRole role) {
        var account = accounts.account(staff);
        if (account.isEmpty()) {
            register(staff, username, displayName, role);
            account = accounts.account(staff);
        }
        if (account.isEmpty() || !account.get().active()) {
            return Optional.empty();
        }
        if (account.get().role() != role) {
            commands.send(new ChangeStaffRole(staff, role), Acting.system(RULE));
        }
        return Optional.of(role);
    }

    private void register(StaffId staff, String username, String displayName, StaffRole role) {
        Username chosen = freeUsername(username, staff);
        String name = displayName == null || displayName.isBlank() ? chosen.value()
                : displayName.strip().substring(0, Math.min(100, displayName.strip().length()));
        try {
            commands.send(new RegisterStaff(staff, chosen, name, role, NO_PASSWORD), Acting.system(RULE));
            log.info("Registered staff member {} ({}) vouched for by the identity provider", chosen, staff);
        } catch (RuntimeException raced) {
            // Two first requests at once: the other registered the account, which the caller reads next.
            log.debug("Registering {} failed, probably raced: {}", staff, raced.toString());
        }
    }

    /** The provider's name made into a valid username; suffixed with the staff id when another account has it. */
    private Username freeUsername(String wanted, StaffId staff) {
        String base = wanted == null ? "" : wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        base = base.replaceAll("^[^a-z0-9]+", "");
        base = base.substring(0, Math.min(base.length(), 54));
        String suffix = staff.toString().substring(0, 8);
        if (base.length() < 3) {
            return new Username("staff-" + suffix).validated();
        }
        Username candidate = new Username(base).validated();
        return credentials.usernameTaken(candidate) ? new Username(base + "-" + suffix) : candidate;
    }
}
