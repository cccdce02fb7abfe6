package io.lifeline.command.config;

import io.lifeline.command.conversation.ConversationLimits;
import io.lifeline.contracts.actor.Actor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon on PostgreSQL: the event store's tables, snapshots, retries and the metadata every event carries. */
@Configuration
@EnableConfigurationProperties(ConversationLimits.class)
class AxonConfig {
    static final String SCHEMA = "event_store";

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(SCHEMA + ".domainevententry")
                .snapshotTable(SCHEMA + ".snapshotevententry")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder().setTokenTable(SCHEMA + ".tokenentry").build();
    }

    /** A conversation snapshots every N events, so loading it reads at most N events after the snapshot. */
    @Bean
    SnapshotTriggerDefinition conversationSnapshotTrigger(Snapshotter snapshotter, ConversationLimits limits) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, limits.snapshotThreshold());
    }

    /**
     * Conversations used lately stay loaded while the heap has room for them (weak references), so a
     * command to one reads neither its snapshot nor its events. Where several command-side instances
     * write to one conversation, an append from stale state conflicts in the event store: the entry
     * is dropped with the rolled-back work and the command runs again on fresh state
     * ({@link ConflictRetryScheduler}).
     */
    @Bean
    Cache conversationCache() {
        return new WeakReferenceCache();
    }

    /** Retries run the command again on these threads; several, so one waiting on a lock stalls no other. */
    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        var counter = new java.util.concurrent.atomic.AtomicInteger();
        return Executors.newScheduledThreadPool(4, task -> {
            Thread thread = new Thread(task, "command-retry-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetryScheduler(commandRetryExecutor))
                .build();
    }

    /** causationId: the message that caused this one; correlationId: the first message of the chain. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider("causationId", "correlationId");
    }

    /** Every event caused by a command carries that command's actor and role. */
    @Bean
    CorrelationDataProvider actorCorrelationProvider() {
        return new SimpleCorrelationDataProvider(Actor.METADATA_KEY, Actor.ROLE_METADATA_KEY);
    }

    /**
     * Look-ups must never drift from the events, nor may a session outlive the change that revokes it:
     * a failing write rolls the command back.
     */
    @Bean
    ConfigurerModule lookupsRollBackOnFailure() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler("conversation-lookups", c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler("staff-accounts", c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler("staff-sessions", c -> PropagatingErrorHandler.instance());
    }
}
