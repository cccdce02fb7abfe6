package io.lifeline.command.conversation;

import io.lifeline.contracts.actor.StaffId;

/** Tells a conversation whether a staff member may be assigned to it (active, and not an analyst). */
public interface StaffDirectory {
    boolean canBeAssigned(StaffId staff);
}
