package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.shape.InvalidField;
import io.lifeline.contracts.shape.StorableText;
import java.util.Objects;

/** Create a staff account; the password arrives already hashed and is never written to an event. */
public record RegisterStaff(StaffId staffId, Username username, String displayName, StaffRole role,
                            String passwordHash) {
    public RegisterStaff {
        Objects.requireNonNull(staffId, "staffId");
        username = Objects.requireNonNull(username, "username").validated();
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new InvalidField("displayName", "has 1 to 100 characters");
        }
        StorableText.SINGLE_LINE.require("displayName", displayName);
    }

    @Override
    public String toString() { // keeps the hash out of logs
        return "RegisterStaff[staffId=" + staffId + ", username=" + username + ", role=" + role + "]";
    }
}
