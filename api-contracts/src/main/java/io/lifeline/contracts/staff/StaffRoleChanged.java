package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** A staff member was given another role. */
@Revision("1")
public record StaffRoleChanged(StaffId staffId, StaffRole role, StaffRole previousRole) implements StaffEvent {}
