package io.lifeline.command.routing;

import io.lifeline.contracts.actor.StaffId;

/** The agent a team's strategy picked, with the load and capacity the desk saw. */
record Pick(StaffId agent, int load, int capacity) {}
