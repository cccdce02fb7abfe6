package io.lifeline.contracts.cannedreply;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.routing.TeamId;

/** Whose a canned reply is: a team's (its members use it) or one staff member's own; exactly one of the two. */
public record CannedReplyOwner(TeamId team, StaffId staff) {
    public CannedReplyOwner {
        if ((team == null) == (staff == null)) {
            throw new IllegalArgumentException("a canned reply belongs to a team or to a staff member");
        }
    }

    public static CannedReplyOwner team(TeamId team) {
        return new CannedReplyOwner(team, null);
    }

    public static CannedReplyOwner personal(StaffId staff) {
        return new CannedReplyOwner(null, staff);
    }
}
