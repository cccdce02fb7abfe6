package io.lifeline.query.filtering;

import io.lifeline.query.config.InvalidParameter;
import java.util.UUID;

/**
 * Whose conversations a staff view asks for: the unassigned queue, one staff member's, or anyone's.
 *
 * @param unassigned the queue nobody holds
 * @param staff      one staff member's conversations, or null
 */
public record AssigneeChoice(boolean unassigned, UUID staff) {

    /** Reads the {@code assignee} parameter (a staff id, {@code none}, or absent); {@code mine} wins over it. */
    public static AssigneeChoice read(String assignee, boolean mine, String caller) {
        if (mine) {
            return new AssigneeChoice(false, UUID.fromString(caller));
        }
        if ("none".equals(assignee)) {
            return new AssigneeChoice(true, null);
        }
        try {
            return new AssigneeChoice(false, assignee == null ? null : UUID.fromString(assignee));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("assignee", "must be a staff id or 'none'");
        }
    }
}
