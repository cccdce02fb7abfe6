package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** A staff member can no longer sign in or act. */
@Revision("1")
public record StaffDeactivated(StaffId staffId) implements StaffEvent {}
