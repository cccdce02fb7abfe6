package io.lifeline.command.routing;

import io.lifeline.contracts.routing.Availability;

/** An agent's availability and capacity as the desk keeps them; a null capacity means the configured default. */
record Agent(Availability availability, Integer capacity) {
    static final Agent UNKNOWN = new Agent(Availability.OFFLINE, null);

    Agent available(Availability newAvailability) {
        return new Agent(newAvailability, capacity);
    }

    Agent holding(int newCapacity) {
        return new Agent(availability, newCapacity);
    }

    int capacityOr(int defaultCapacity) {
        return capacity == null ? defaultCapacity : capacity;
    }
}
