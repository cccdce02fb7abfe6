package io.lifeline.contracts.routing;

import io.lifeline.contracts.actor.StaffId;
import org.axonframework.serialization.Revision;

/** An agent went online, away or offline. */
@Revision("1")
public record AgentAvailabilityChanged(StaffId agent, Availability availability, Availability previousAvailability) implements DeskEvent {}
