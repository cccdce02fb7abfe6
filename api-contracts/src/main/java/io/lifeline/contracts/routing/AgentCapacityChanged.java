package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** The number of open conversations the desk may route to an agent at once changed. */
@Revision("1")
public record AgentCapacityChanged(StaffId agent, int capacity, int previousCapacity) implements DeskEvent {}
