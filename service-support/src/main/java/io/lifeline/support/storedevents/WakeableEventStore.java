package io.lifeline.support.storedevents;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, which its processors read through one shared producer that polls the
 * store. Events this instance stores wake that producer already (Axon does so after each commit);
 * this store also tells {@link StoredEventsNotifier} of them, and lets {@link StoredEventsListener}
 * wake the producer for events other instances stored.
 */
public final class WakeableEventStore extends EmbeddedEventStore {
    private final StoredEventsNotifier notifier;

    WakeableEventStore(Builder builder, StoredEventsNotifier notifier) {
        super(builder);
        this.notifier = notifier;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        if (!events.isEmpty()) {
            notifier.eventsStored();
        }
    }

    /** Events were stored elsewhere: the producer fetches now if it waits (Axon's own after-commit signal). */
    void fetchNow() {
        super.afterCommit(List.of());
    }
}
