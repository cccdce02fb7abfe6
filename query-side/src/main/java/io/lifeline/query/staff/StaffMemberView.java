package io.lifeline.query.staff;

import java.time.Instant;

/**
 * A staff member as colleagues see them (id, display name, role, whether the account is active)
 * and, for admins only, the username and when the account was registered, deactivated and last
 * given a password (null for everyone else).
 */
record StaffMemberView(String staffId, String displayName, String role, boolean active, String username,
                       Instant registeredAt, Instant deactivatedAt, Instant passwordChangedAt) {

    /** What a colleague who is not an admin may see. */
    StaffMemberView forColleague() {
        return new StaffMemberView(staffId, displayName, role, active, null, null, null, null);
    }
}
