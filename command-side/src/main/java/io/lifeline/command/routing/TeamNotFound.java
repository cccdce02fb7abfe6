package io.lifeline.command.routing;

import io.lifeline.contracts.CommandRefused;
import io.lifeline.contracts.routing.TeamId;

/** Refused because no team has this id. */
class TeamNotFound extends CommandRefused {
    TeamNotFound(TeamId team) {
        super(Reason.NOT_FOUND, "team-not-found", "no team " + team);
    }
}
