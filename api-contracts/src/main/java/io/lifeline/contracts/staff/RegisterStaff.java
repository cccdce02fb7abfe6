package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import java.util.Objects;

/** Create a staff account; the password arrives already hashed and is never written to an event. */
public record RegisterStaff(StaffId staffId, Username username, String displayName, StaffRole role,
                            String passwordHash) {
    public RegisterStaff {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new IllegalArgumentException("a display name has 1 to 100 characters");
        }
    }

    @Override
    public String toString() { // keeps the hash out of logs
        return "RegisterStaff[staffId=" + staffId + ", username=" + username + ", role=" + role + "]";
    }
}
