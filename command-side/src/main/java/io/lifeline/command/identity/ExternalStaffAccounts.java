package io.lifeline.command.identity;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.staff.StaffRole;
import java.util.Optional;

/**
 * Staff accounts an external identity provider vouches for: created on the staff member's first
 * request, and given the role the provider's token carries whenever it changes there.
 */
public interface ExternalStaffAccounts {
    /** The system rule that creates such accounts and takes over their roles. */
    String RULE = "identity-provider";

    /**
     * @param username    what the provider calls the staff member (made into a valid, free username)
     * @param displayName the provider's display name, or null
     * @return the role to act with; empty once an admin deactivated the account in Lifeline
     */
    Optional<StaffRole> actingRole(StaffId staff, String username, String displayName, StaffRole role);
}
