package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** A staff member's password was changed (by themself or reset by an admin, as the actor says). */
@Revision("1")
public record StaffPasswordChanged(StaffId staffId) implements StaffEvent {}
