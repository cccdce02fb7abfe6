package io.lifeline.contracts.protocol;

import io.lifeline.contracts.actor.StaffId;
import java.time.Instant;

/** A staff member with at least one open connection, seen until {@code expiresAt} unless renewed. */
public record OnlineStaff(StaffId staffId, Instant expiresAt) {}
