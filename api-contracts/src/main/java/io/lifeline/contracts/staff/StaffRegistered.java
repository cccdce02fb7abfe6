package io.lifeline.contracts.staff;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** A staff account was created with a username, display name and role. */
@Revision("1")
public record StaffRegistered(StaffId staffId, Username username, String displayName, StaffRole role) implements StaffEvent {}
