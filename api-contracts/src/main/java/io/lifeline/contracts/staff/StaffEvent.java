package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;

/** Everything that can happen to one staff member's account. */
public sealed interface StaffEvent permits StaffRegistered, StaffRoleChanged, StaffDeactivated, StaffPasswordChanged {
    StaffId staffId();
}
