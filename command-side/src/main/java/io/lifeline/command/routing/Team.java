package io.lifeline.command.routing;

import io.lifeline.contracts.actor.StaffId;
import io.lifeline.contracts.routing.RoutingStrategy;
import io.lifeline.contracts.routing.TeamId;
import io.lifeline.contracts.routing.TeamName;
import java.util.ArrayList;
import java.util.List;

/** A team as the desk keeps it: members in the order they joined, and whom it routed to last (round robin). */
record Team(TeamId id, TeamName name, RoutingStrategy strategy, List<StaffId> members, StaffId lastRouted) {
    Team {
        members = List.copyOf(members);
    }

    Team named(TeamName newName) {
        return new Team(id, newName, strategy, members, lastRouted);
    }

    Team routing(RoutingStrategy newStrategy) {
        return new Team(id, name, newStrategy, members, lastRouted);
    }

    Team routedTo(StaffId agent) {
        return new Team(id, name, strategy, members, agent);
    }

    Team with(StaffId agent) {
        List<StaffId> more = new ArrayList<>(members);
        more.add(agent);
        return new Team(id, name, strategy, more, lastRouted);
    }

    Team without(StaffId agent) {
        List<StaffId> fewer = new ArrayList<>(members);
        fewer.remove(agent);
        return new Team(id, name, strategy, fewer, lastRouted);
    }

    /** The members in the order the strategy tries them: round robin starts after the last one routed to. */
    List<StaffId> candidates() {
        int last = lastRouted == null ? -1 : members.indexOf(lastRouted);
        if (strategy != RoutingStrategy.ROUND_ROBIN || last < 0) {
            return members;
        }
        List<StaffId> rotated = new ArrayList<>(members.subList(last + 1, members.size()));
        rotated.addAll(members.subList(0, last + 1));
        return rotated;
    }
}
