package io.lifeline.command.identity;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whether a conversation or staff member has a stream in the event store, asked before loading it
 * wherever an unknown id is an everyday answer: Axon logs every failed load as a warning with its
 * stack trace. One indexed look-up of the stream's last sequence number; no event is read.
 */
@Component
public class StoredAggregates {
    private final EventStore events;

    public StoredAggregates(EventStore events) {
        this.events = events;
    }

    public boolean exists(String aggregateId) {
        return events.lastSequenceNumberFor(aggregateId).isPresent();
    }

    /** @throws AggregateNotFoundException as a failed load would, so it is answered the same way */
    public void require(String aggregateId) {
        if (!exists(aggregateId)) {
            throw new AggregateNotFoundException(aggregateId, "The aggregate was not found in the event store");
        }
    }
}
