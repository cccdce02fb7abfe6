package io.lifeline.command.config;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import io.lifeline.support.processing.RememberedHandlerChecks;
import io.lifeline.command.conversation.ConversationLimits;
import io.lifeline.contracts.actor.Actor;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.CacheManager;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Axon on PostgreSQL: the event store's tables, snapshots, retries and the metadata every event carries. */
@Configuration
@EnableConfigurationProperties(ConversationLimits.class)
@Import(RememberedHandlerChecks.class)
class AxonConfig {
    static final String SCHEMA = "event_store";
    /** The subscribing processor of every processing group that writes in the command's transaction. */
    static final String IN_COMMAND_TRANSACTION = "in-command-transaction";
    static final List<String> IN_COMMAND_TRANSACTION_GROUPS = List.of("conversation-lookups", "staff-accounts",
            "site-lookups", "response-targets", "auto-reply-rules", "staff-sessions");

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
     * Axon's auto-configured snapshotter, with its snapshots taken on {@link #snapshotExecutor()}. Without
     * an executor Axon takes a snapshot on the command's own thread once its transaction has committed, but
     * before the command answers, so the command that crossed the threshold waited while the conversation
     * was read again and its snapshot written. Axon still hands a snapshot over only once the command's
     * transaction has committed, so the snapshot includes the events of the command that asked for it.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory,
                                                    ThreadPoolExecutor snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotExecutor)
                .build();
    }

    static final int SNAPSHOT_THREADS = 2;
    /** Axon queues at most one snapshot per aggregate, so this many conversations can wait for a snapshot. */
    static final int SNAPSHOT_QUEUE = 1_000;

    /**
     * Snapshots are taken on these threads. When all are busy and the queue is full, a snapshot is
     * dropped rather than making the command wait: a snapshot only saves reading events, and the
     * conversation is snapshotted again after its next {@code snapshot-threshold} events or when a load
     * reads more than that many. Queued snapshots are dropped on shutdown.
     */
    @Bean(destroyMethod = "shutdownNow")
    ThreadPoolExecutor snapshotExecutor() {
        var counter = new AtomicInteger();
        return new ThreadPoolExecutor(SNAPSHOT_THREADS, SNAPSHOT_THREADS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(SNAPSHOT_QUEUE), task -> {
                    Thread thread = new Thread(task, "snapshotter-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, (task, executor) -> {
                    // Thrown, not discarded: Axon then forgets the snapshot as in progress (or it would never take
                    // one of that aggregate again). It is thrown after the command's commit, where Axon logs it at
                    // INFO and does not pass it on to the command.
                    throw new SnapshotDropped();
                });
    }

    /** A snapshot the executor had no room for, or that came while it was stopping; logged without a stack trace. */
    static final class SnapshotDropped extends RejectedExecutionException {
        SnapshotDropped() {
            super("snapshot dropped: " + SNAPSHOT_THREADS + " snapshots are being taken and " + SNAPSHOT_QUEUE
                    + " wait, or the application is stopping");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The conversation cache's own cache manager, closed with this application context. */
    @Bean(destroyMethod = "close")
    CacheManager conversationCacheManager() {
        // A provider of its own, not the JVM-wide Caching registry: two command sides in one JVM (tests
        // start several) must not share cached aggregates.
        return new CaffeineCachingProvider().getCacheManager();
    }

    /**
     * Conversations used lately stay loaded, so a command to one reads neither its snapshot nor its
     * events: at most {@code cache-size} of them, held strongly so that a garbage collection does not
     * empty the cache (weak references were cleared at every young collection); beyond it Caffeine drops
     * those least likely to be used again. Where several command-side instances write to one
     * conversation, an append from stale state conflicts in the event store: the entry is dropped with
     * the rolled-back work and the command runs again on fresh state ({@link ConflictRetryScheduler}).
     */
    @Bean
    Cache conversationCache(CacheManager conversationCacheManager, ConversationLimits limits) {
        var configuration = new CaffeineConfiguration<Object, Object>()
                .setStoreByValue(false) // Axon caches the live aggregate, not a copy
                .setMaximumSize(OptionalLong.of(limits.cacheSize()))
                // Eviction on the thread that adds, so the bound holds after every put and no shared pool is used.
                .setExecutorFactory(() -> Runnable::run);
        return new JCacheAdapter(conversationCacheManager.createCache("conversations", configuration));
    }

    /** Retries run the command again on these threads; several, so one waiting on a lock stalls no other. */
    @Bean(destroyMethod = "shutdown")
    ScheduledExecutorService commandRetryExecutor() {
        var counter = new AtomicInteger();
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

    @Bean
    CommandTargetResolver commandTargetResolver() {
        return new CommandTargets();
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
     * The processing groups written in the command's own transaction share one subscribing processor
     * (mode set in command-side.yml): every stored event passes one processor's unit of work and
     * interceptors instead of one per group, on the command thread, the send path's one serial stage.
     * Look-ups must never drift from the events, nor may a session outlive the change that revokes it:
     * a failing write rolls the command back.
     */
    @Bean
    ConfigurerModule groupsInTheCommandTransaction() {
        return configurer -> IN_COMMAND_TRANSACTION_GROUPS.forEach(group -> configurer.eventProcessing()
                .assignProcessingGroup(group, IN_COMMAND_TRANSACTION)
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance()));
    }
}
