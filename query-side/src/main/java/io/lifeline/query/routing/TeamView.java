package io.lifeline.query.routing;

import java.util.List;
import java.util.UUID;

/** A team: its name, how it picks among its agents, and its members in the order they joined. */
record TeamView(UUID teamId, String name, String strategy, List<UUID> members) {
    TeamView {
        members = List.copyOf(members);
    }
}
