package io.lifeline.query.routing;

import java.util.UUID;

/** An agent as the desk sees them: availability, capacity (null: the configured default) and the conversations they hold. */
record AgentView(UUID staffId, String availability, Integer capacity, int load) {}
