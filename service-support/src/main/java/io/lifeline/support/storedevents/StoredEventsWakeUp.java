package io.lifeline.support.storedevents;

import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store every service that reads events uses in place of Axon's auto-configured one: the
 * same {@link EmbeddedEventStore}, woken through PostgreSQL when any instance stores events.
 * {@code lifeline.event-store.poll-interval} is its producer's poll, the fallback when a
 * notification is missed; {@code lifeline.event-store.notify-interval} the least time between two
 * notifications one instance sends; {@code lifeline.event-store.cached-events} how many of the newest
 * events the producer keeps for processors at the head (a few seconds' worth: whatever it keeps lives
 * through young collections, which copy it each time; a processor further behind reads the store).
 */
@Configuration(proxyBeanMethods = false)
public class StoredEventsWakeUp {

    @Bean(destroyMethod = "close")
    StoredEventsNotifier storedEventsNotifier(DataSource dataSource,
                                              @Value("${lifeline.event-store.notify-interval:200ms}") Duration interval) {
        return new StoredEventsNotifier(dataSource, interval, UUID.randomUUID().toString());
    }

    /** Named and qualified as Axon's own, which steps aside when an event bus exists. */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    WakeableEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                          StoredEventsNotifier notifier,
                          @Value("${lifeline.event-store.poll-interval:1s}") Duration pollInterval,
                          @Value("${lifeline.event-store.cached-events:5000}") int cachedEvents) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(pollInterval.toMillis())
                .cachedEvents(cachedEvents);
        return new WakeableEventStore(builder, notifier);
    }

    @Bean
    StoredEventsListener storedEventsListener(DataSource dataSource, WakeableEventStore eventStore,
                                              StoredEventsNotifier notifier) {
        return new StoredEventsListener(dataSource, eventStore, notifier.instance());
    }
}
